// GET /api/clusters/{managementCluster}/{namespace}/{name}/timeline – condition transitions and Events of one cluster (plus audit rows for audit readers), newest first
import { hasPermission } from '@/lib/auth/roles';
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';
import { getClusterTimeline } from '@/lib/triage/get-cluster-timeline';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  params: clusterParamsSchema,
  handler: async ({ params, user }) => getClusterTimeline({ ...params, includeAudit: hasPermission(user.roles, 'audit:read') }),
});
