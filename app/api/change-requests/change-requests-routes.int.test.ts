// The change request routes with personal API tokens: status codes of the decision rules.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as approveRoute } from '@/app/api/change-requests/[id]/approve/route';
import { POST as cancelRoute } from '@/app/api/change-requests/[id]/cancel/route';
import { POST as rejectRoute } from '@/app/api/change-requests/[id]/reject/route';
import { GET as getRoute } from '@/app/api/change-requests/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/change-requests/route';
import { createApiToken } from '@/lib/auth/tokens/create-api-token';
import { alice, bob, carol, insertTestRequest, testConfig } from '@/lib/change-requests/testing/change-request-fixtures';
import { disconnectPrisma } from '@/lib/db/client';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { resetRegistryForTests } from '@/lib/k8s/registry/get-registry';

// Auth.js needs the Next.js runtime; these calls authenticate with Bearer tokens only.
vi.mock('@/lib/auth/get-session-user', () => ({ getSessionUser: () => Promise.resolve(null) }));

let db: TestDatabase;
const tokens: Record<string, string> = {};
const config = testConfig();

beforeAll(async () => {
  db = await startTestDatabase();
  process.env.DATABASE_URL = db.databaseUrl;
  resetRegistryForTests([]);
  for (const user of [alice, bob, carol]) tokens[user.id] = (await createApiToken({ user, body: { name: 'test', expiresInDays: 1 } })).token;
});

afterAll(async () => {
  resetRegistryForTests();
  await disconnectPrisma();
  delete process.env.DATABASE_URL;
  await db?.stop();
});

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const call = (handler: Handler, options: { as: { id: string }; path: string; method?: string; body?: unknown; id?: string }) =>
  handler(
    new Request(`http://127.0.0.1${options.path}`, { method: options.method ?? 'GET', headers: { authorization: `Bearer ${tokens[options.as.id] ?? ''}`, 'content-type': 'application/json' }, body: options.body === undefined ? undefined : JSON.stringify(options.body) }),
    { params: Promise.resolve<Record<string, string>>(options.id ? { id: options.id } : {}) },
  );

describe('change request routes', () => {
  it('answers 200, then 409 Conflict to a second approval by the same person, and 403 to the requester', async () => {
    const request = await insertTestRequest({ prisma: db.prisma, config, clusterName: 'routes', policy: { approvalsRequired: 2 } });
    const path = `/api/change-requests/${request.id}/approve`;

    expect((await call(approveRoute, { as: alice, path, method: 'POST', id: request.id, body: {} })).status).toBe(403);
    const first = await call(approveRoute, { as: bob, path, method: 'POST', id: request.id, body: { comment: 'fine' } });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ id: request.id, state: 'pending', approvals: [{ approverId: bob.id, decision: 'approve', comment: 'fine' }], canApprove: false, whyNot: 'you already decided' });
    expect((await call(approveRoute, { as: bob, path, method: 'POST', id: request.id, body: {} })).status).toBe(409);
  });

  it('requires a comment to reject and lists the request in the approver queue until then', async () => {
    const request = await insertTestRequest({ prisma: db.prisma, config, clusterName: 'queue' });
    const queue = async () => ((await (await call(listRoute, { as: carol, path: '/api/change-requests?scope=to-approve' })).json()) as { items: { id: string }[] }).items.map((item) => item.id);

    expect(await queue()).toContain(request.id);
    expect((await call(rejectRoute, { as: carol, path: `/api/change-requests/${request.id}/reject`, method: 'POST', id: request.id, body: {} })).status).toBeGreaterThanOrEqual(400);
    expect((await call(rejectRoute, { as: carol, path: `/api/change-requests/${request.id}/reject`, method: 'POST', id: request.id, body: { comment: 'not now' } })).status).toBe(200);
    expect(await queue()).not.toContain(request.id);
  });

  it('lets the requester cancel and shows the result, and refuses an invalid new request', async () => {
    const request = await insertTestRequest({ prisma: db.prisma, config, clusterName: 'cancel-route' });

    expect((await call(cancelRoute, { as: alice, path: `/api/change-requests/${request.id}/cancel`, method: 'POST', id: request.id })).status).toBe(200);
    expect(await (await call(getRoute, { as: alice, path: `/api/change-requests/${request.id}`, id: request.id })).json()).toMatchObject({ state: 'cancelled', canCancel: false });
    const invalid = await call(createRoute, { as: alice, path: '/api/change-requests', method: 'POST', body: { type: 'scale-pool', managementCluster: 'x', namespace: 'team-payments', clusterName: 'c', pool: 'md-0', replicas: -1 } });
    expect(invalid.status).toBeGreaterThanOrEqual(400);
    expect(invalid.status).toBeLessThan(500);
  });
});
