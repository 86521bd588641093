// GET /api/clusters – list workload clusters across management clusters (filters, sort, paging; items and total)
import { clusterQuerySchema } from '@/lib/fleet/cluster-query';
import { listClusters } from '@/lib/fleet/list-clusters';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  query: clusterQuerySchema,
  handler: async ({ query }) => listClusters({ query }),
});
