// GET /api/tokens – the caller's personal API tokens
// POST /api/tokens – create one ({ name, expiresInDays }); the token is in the answer once and never again
import { createApiToken } from '@/lib/auth/tokens/create-api-token';
import { createApiTokenBodySchema } from '@/lib/auth/tokens/api-token-view';
import { listApiTokens } from '@/lib/auth/tokens/list-api-tokens';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'tokens:manage',
  handler: async ({ user }) => listApiTokens({ user }),
});

export const POST = defineRoute({
  permission: 'tokens:manage',
  body: createApiTokenBodySchema,
  handler: async ({ user, body, request }) => Response.json(await createApiToken({ user, body, request }), { status: 201, headers: { 'cache-control': 'no-store' } }),
});
