// GET /api/catalog – ClusterClasses of every management cluster the caller's teams may request from (search, provider, managementCluster filters)
import { z } from 'zod';
import { listCatalog } from '@/lib/catalog/list-catalog';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

const query = z.object({
  search: z.string().max(200).optional(),
  provider: z.string().max(100).optional(),
  managementCluster: z.string().max(100).optional(),
});

export const GET = defineRoute({
  permission: 'fleet:read',
  query,
  handler: async ({ user, query: q }) => listCatalog({ user, ...(q.search ? { search: q.search } : {}), ...(q.provider ? { provider: q.provider } : {}), ...(q.managementCluster ? { managementCluster: q.managementCluster } : {}) }),
});
