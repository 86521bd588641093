// GET /api/skew/trend – daily version-mix snapshots (control-plane and worker minors) over time
import { z } from 'zod';
import { getSkewTrend } from '@/lib/fleet/skew/get-skew-trend';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  query: z.object({ days: z.coerce.number().int().min(1).max(730).default(90), managementCluster: z.string().max(63).optional(), team: z.string().max(63).optional() }),
  handler: async ({ query }) => ({ items: await getSkewTrend(query) }),
});
