// The follower's stuck report: once per request, with its notification, past the threshold only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { resetRegistryForTests } from '@/lib/k8s/registry/get-registry';
import { followChangeRequests } from './follow-change-requests';
import { insertTestRequest, testConfig } from './testing/change-request-fixtures';

let db: TestDatabase;
const config = testConfig({ notifications: { webhooks: [{ name: 'platform', url: 'https://hooks.invalid/x', secretEnv: 'X', events: ['stuck'] }] } });

beforeAll(async () => {
  db = await startTestDatabase();
  // No management cluster answers: the cluster's progress stays unknown.
  resetRegistryForTests([]);
});

afterAll(async () => {
  resetRegistryForTests();
  await db?.stop();
});

describe('following a create-cluster request', () => {
  it('reports a cluster not ready past the provisioning threshold once, with a stuck notification', async () => {
    const request = await insertTestRequest({ prisma: db.prisma, config, clusterName: 'slow', type: 'create-cluster' });
    const appliedAt = new Date('2026-01-01T10:00:00Z');
    await db.prisma.changeRequest.update({ where: { id: request.id }, data: { state: 'applied', appliedAt } });

    await followChangeRequests({ prisma: db.prisma, config, now: new Date(appliedAt.getTime() + 29 * 60_000) });
    expect(await db.prisma.auditEvent.count({ where: { requestId: request.id, action: 'change-request.stuck' } })).toBe(0);

    await followChangeRequests({ prisma: db.prisma, config, now: new Date(appliedAt.getTime() + 31 * 60_000) });
    await followChangeRequests({ prisma: db.prisma, config, now: new Date(appliedAt.getTime() + 40 * 60_000) });

    expect(await db.prisma.auditEvent.count({ where: { requestId: request.id, action: 'change-request.stuck' } })).toBe(1);
    expect(await db.prisma.notificationDelivery.findMany({ where: { event: 'stuck' } })).toHaveLength(1);
    expect(await db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'applied' });
  });
});
