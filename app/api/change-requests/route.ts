// GET /api/change-requests – list change requests (scope mine | to-approve | all, state and target filters)
// POST /api/change-requests – file a change request (create cluster, scale, upgrade, pause, resume, delete)
import { createChangeRequest } from '@/lib/change-requests/create-change-request';
import { changeRequestInputSchema, listChangeRequestsQuerySchema } from '@/lib/change-requests/change-request-input';
import { getChangeRequest } from '@/lib/change-requests/get-change-request';
import { listChangeRequests } from '@/lib/change-requests/list-change-requests';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'requests:read',
  query: listChangeRequestsQuerySchema,
  handler: async ({ user, query }) => listChangeRequests({ user, query }),
});

export const POST = defineRoute({
  permission: 'requests:create',
  body: changeRequestInputSchema,
  handler: async ({ user, body, request }) => {
    const created = await createChangeRequest({ user, input: body, request });
    return Response.json(await getChangeRequest({ user, id: created.id }), { status: 201, headers: { 'cache-control': 'no-store', location: `/api/change-requests/${created.id}` } });
  },
});
