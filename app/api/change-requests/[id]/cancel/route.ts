// POST /api/change-requests/[id]/cancel – the requester (or an admin) withdraws a pending or approved request
import { z } from 'zod';
import { cancelChangeRequest } from '@/lib/change-requests/cancel-change-request';
import { decisionBodySchema } from '@/lib/change-requests/change-request-input';
import { getChangeRequest } from '@/lib/change-requests/get-change-request';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const POST = defineRoute({
  permission: 'requests:create',
  params: z.object({ id: z.uuid() }),
  body: decisionBodySchema,
  handler: async ({ user, params, body, request }) => {
    await cancelChangeRequest({ user, id: params.id, comment: body.comment, request });
    return getChangeRequest({ user, id: params.id });
  },
});
