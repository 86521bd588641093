// GET /api/management-clusters – management clusters with status, last sync, served CAPI version and provider versions
import { defineRoute } from '@/lib/http/define-route';
import { listManagementClusters } from '@/lib/fleet/list-management-clusters';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  handler: async () => ({ items: listManagementClusters() }),
});
