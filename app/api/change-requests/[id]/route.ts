// GET /api/change-requests/[id] – one change request with its policy, approvals, manifest, diff and progress
import { z } from 'zod';
import { getChangeRequest } from '@/lib/change-requests/get-change-request';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'requests:read',
  params: z.object({ id: z.uuid() }),
  handler: async ({ user, params }) => getChangeRequest({ user, id: params.id }),
});
