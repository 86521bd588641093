// DELETE /api/tokens/[id] – revoke a token (own tokens; admins any)
import { z } from 'zod';
import { revokeApiToken } from '@/lib/auth/tokens/revoke-api-token';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const DELETE = defineRoute({
  permission: 'tokens:manage',
  params: z.object({ id: z.uuid() }),
  handler: async ({ user, params, request }) => revokeApiToken({ user, id: params.id, request }),
});
