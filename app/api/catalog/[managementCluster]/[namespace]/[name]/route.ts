// GET /api/catalog/{managementCluster}/{namespace}/{name} – the request form of one ClusterClass (variables as field trees, worker classes, versions, defaults)
import { z } from 'zod';
import { getClassForm } from '@/lib/catalog/get-class-form';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

const params = z.object({ managementCluster: z.string().min(1), namespace: z.string().min(1), name: z.string().min(1) });

export const GET = defineRoute({
  permission: 'fleet:read',
  params,
  handler: async ({ user, params: p }) => getClassForm({ user, ...p }),
});
