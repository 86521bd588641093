// GET /api/clusters/{managementCluster}/{namespace}/{name}/graph – the cluster tree with root cause, groups and the side-panel data of the root-cause chain
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';
import { clusterGraphQuerySchema, getClusterGraph } from '@/lib/triage/get-cluster-graph';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  params: clusterParamsSchema,
  query: clusterGraphQuerySchema,
  handler: async ({ params, query }) => getClusterGraph({ ...params, ...query }),
});
