// GET /api/triage – the fleet-wide queue of stuck and failing clusters, grouped by cause class (filters: managementCluster, team, class)
import { defineRoute } from '@/lib/http/define-route';
import { getTriageQueue, triageQuerySchema } from '@/lib/triage/get-triage-queue';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  query: triageQuerySchema,
  handler: async ({ query }) => getTriageQueue(query),
});
