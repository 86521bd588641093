// POST /api/change-requests/[id]/reject – reject (a comment is required)
import { z } from 'zod';
import { rejectBodySchema } from '@/lib/change-requests/change-request-input';
import { decideChangeRequest } from '@/lib/change-requests/decide-change-request';
import { getChangeRequest } from '@/lib/change-requests/get-change-request';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const POST = defineRoute({
  permission: 'requests:approve',
  params: z.object({ id: z.uuid() }),
  body: rejectBodySchema,
  handler: async ({ user, params, body, request }) => {
    await decideChangeRequest({ user, id: params.id, decision: 'reject', comment: body.comment, request });
    return getChangeRequest({ user, id: params.id });
  },
});
