// GET /api/clusters/{managementCluster}/{namespace}/{name} – one cluster: summary and normalized objects
import { getClusterDetail } from '@/lib/fleet/get-cluster-detail';
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  params: clusterParamsSchema,
  handler: async ({ params }) => getClusterDetail(params),
});
