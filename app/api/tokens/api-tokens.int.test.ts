// Personal API tokens through the real routes: created once, accepted as Bearer on /api, listed
// without secrets, revoked (then refused), and every step audited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as listTokensRoute } from '@/app/api/tokens/route';
import { DELETE as revokeTokenRoute } from '@/app/api/tokens/[id]/route';
import { GET as listRequestsRoute } from '@/app/api/change-requests/route';
import type { User } from '@/lib/auth/user';
import { disconnectPrisma } from '@/lib/db/client';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { createApiToken } from '@/lib/auth/tokens/create-api-token';

// Auth.js needs the Next.js runtime; these calls authenticate with the Bearer token only.
vi.mock('@/lib/auth/get-session-user', () => ({ getSessionUser: () => Promise.resolve(null) }));

let db: TestDatabase;
const alice: User = { id: 'demo:alice', name: 'Alice Requester', email: null, roles: ['requester'], teams: ['payments'], via: 'session' };
const bob: User = { id: 'demo:bob', name: 'Bob Approver', email: null, roles: ['approver'], teams: ['platform'], via: 'session' };

beforeAll(async () => {
  db = await startTestDatabase();
  process.env.DATABASE_URL = db.databaseUrl;
});

afterAll(async () => {
  await disconnectPrisma();
  delete process.env.DATABASE_URL;
  await db?.stop();
});

const call = (handler: typeof listTokensRoute, options: { token: string; path: string; method?: string; params?: Record<string, string> }) =>
  handler(new Request(`http://127.0.0.1${options.path}`, { method: options.method ?? 'GET', headers: { authorization: `Bearer ${options.token}` } }), { params: Promise.resolve(options.params ?? {}) });

describe('personal API tokens', () => {
  it('shows the token once, stores only its hash, and accepts it as a Bearer token on /api routes', async () => {
    const { token, item } = await createApiToken({ user: alice, body: { name: 'ci', expiresInDays: 30 } });

    expect(token).toMatch(/^qd_/);
    const stored = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: item.id } });
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await call(listTokensRoute, { token, path: '/api/tokens' });
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { items: { id: string; prefix: string }[] };
    expect(body.items).toEqual([expect.objectContaining({ id: item.id, prefix: token.slice(0, 10) })]);
    expect(JSON.stringify(body)).not.toContain(token);
    expect((await call(listRequestsRoute, { token, path: '/api/change-requests?scope=mine' })).status).toBe(200);
  });

  it('refuses creating a token with a token', async () => {
    await expect(createApiToken({ user: { ...alice, via: 'api-token' }, body: { name: 'x', expiresInDays: 1 } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets only the owner revoke, then refuses the revoked token, with audit rows for both steps', async () => {
    const { token, item } = await createApiToken({ user: alice, body: { name: 'revoke-me', expiresInDays: 1 } });
    const other = await createApiToken({ user: bob, body: { name: 'bob', expiresInDays: 1 } });

    expect((await call(revokeTokenRoute, { token: other.token, path: `/api/tokens/${item.id}`, method: 'DELETE', params: { id: item.id } })).status).toBe(404);
    expect((await call(revokeTokenRoute, { token, path: `/api/tokens/${item.id}`, method: 'DELETE', params: { id: item.id } })).status).toBe(200);
    expect((await call(listTokensRoute, { token, path: '/api/tokens' })).status).toBe(401);
    const actions = (await db.prisma.auditEvent.findMany({ where: { targetKind: 'ApiToken', targetName: 'revoke-me' } })).map((event) => event.action);
    expect(actions).toEqual(['api-token.created', 'api-token.revoked']);
  });

  it('refuses an expired token', async () => {
    const { token, item } = await createApiToken({ user: alice, body: { name: 'old', expiresInDays: 1 } });
    await db.prisma.apiToken.update({ where: { id: item.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect((await call(listTokensRoute, { token, path: '/api/tokens' })).status).toBe(401);
  });
});
