// GET /api/clusters/{managementCluster}/{namespace}/{name}/details?id=<kind/namespace/name> – one object's side-panel data (conditions, key fields, Events)
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';
import { getObjectDetails, objectDetailsQuerySchema } from '@/lib/triage/get-object-details';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  params: clusterParamsSchema,
  query: objectDetailsQuerySchema,
  handler: async ({ params, query }) => getObjectDetails({ ...params, id: query.id }),
});
