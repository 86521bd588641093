// GET /api/clusters – list workload clusters across management clusters (filters, sort, paging; items and total)
import { clusterQuerySchema } from '@/lib/fleet/cluster-query';
import { defineRoute } from '@/lib/http/define-route';
import { listFleetClusters } from '@/lib/triage/list-fleet-clusters';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  query: clusterQuerySchema,
  handler: async ({ query }) => listFleetClusters(query),
});
