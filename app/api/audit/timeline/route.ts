// GET /api/audit/timeline – one cluster's condition transitions and Events merged with the audit rows about it, newest first
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';
import { getClusterTimeline } from '@/lib/triage/get-cluster-timeline';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'audit:read',
  query: clusterParamsSchema,
  handler: async ({ query }) => getClusterTimeline({ ...query, includeAudit: true }),
});
