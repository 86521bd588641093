// GET /api/management-clusters/{name}/cache – admin: uid + resourceVersion of every cached object, to verify sync
import { z } from 'zod';
import { getCacheDigest } from '@/lib/fleet/get-cache-digest';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'admin',
  params: z.object({ name: z.string().regex(/^[a-z0-9-]{1,63}$/) }),
  handler: async ({ params }) => getCacheDigest(params.name),
});
