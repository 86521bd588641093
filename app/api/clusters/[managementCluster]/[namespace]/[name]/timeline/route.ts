// GET /api/clusters/{managementCluster}/{namespace}/{name}/timeline – condition transitions and Events of one cluster, newest first
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';
import { getClusterTimeline } from '@/lib/triage/get-cluster-timeline';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  params: clusterParamsSchema,
  handler: async ({ params }) => getClusterTimeline(params),
});
