// GET /api/clusters/{managementCluster}/{namespace}/{name}/yaml?id=<kind/namespace/name> – one object of the cluster as read-only, redacted YAML
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';
import { getObjectYaml, objectYamlQuerySchema } from '@/lib/triage/get-object-yaml';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  params: clusterParamsSchema,
  query: objectYamlQuerySchema,
  handler: async ({ params, query }) => getObjectYaml({ ...params, id: query.id }),
});
