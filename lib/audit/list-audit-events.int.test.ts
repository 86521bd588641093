import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { listAuditEvents } from './list-audit-events';
import { recordAuditEvent } from './record-audit-event';

let db: TestDatabase;
const requestId = '0b6f3c1e-4d2a-4c5b-9e8f-7a6b5c4d3e2f';

beforeAll(async () => {
  db = await startTestDatabase();
  const alice = { id: 'u-alice', name: 'Alice' };
  const bob = { id: 'u-bob', name: 'Bob' };
  await recordAuditEvent(db.prisma, { actor: alice, action: 'auth.signed-in' });
  await recordAuditEvent(db.prisma, { actor: alice, action: 'change-request.created', requestId, target: { managementCluster: 'mgmt-eu', kind: 'Cluster', namespace: 'team-a', name: 'c1' } });
  await recordAuditEvent(db.prisma, { actor: bob, action: 'change-request.approved', requestId, target: { managementCluster: 'mgmt-eu', kind: 'Cluster', namespace: 'team-a', name: 'c1' } });
  await recordAuditEvent(db.prisma, { actor: bob, action: 'kubeconfig.downloaded', target: { managementCluster: 'mgmt-us', kind: 'Cluster', namespace: 'team-b', name: 'c2' } });
});

afterAll(async () => {
  await db?.stop();
});

const actions = async (filter: Parameters<typeof listAuditEvents>[1]) => (await listAuditEvents(db.prisma, filter)).events.map((event) => event.action);

describe('listAuditEvents', () => {
  it.each([
    ['actor', { actorId: 'u-bob' }, ['kubeconfig.downloaded', 'change-request.approved']],
    ['exact action', { action: 'auth.signed-in' }, ['auth.signed-in']],
    ['action family', { action: 'change-request.' }, ['change-request.approved', 'change-request.created']],
    ['target', { managementCluster: 'mgmt-eu', namespace: 'team-a', name: 'c1' }, ['change-request.approved', 'change-request.created']],
    ['change request, whatever its case', { requestId: requestId.toUpperCase() }, ['change-request.approved', 'change-request.created']],
    ['time window that excludes everything', { to: new Date('2000-01-01') }, []],
  ])('filters by %s, newest first', async (_what, filter, expected) => {
    expect(await actions(filter)).toEqual(expected);
  });

  it('pages with the id of the last event seen', async () => {
    const first = await listAuditEvents(db.prisma, { limit: 3 });
    const second = await listAuditEvents(db.prisma, { limit: 3, before: first.nextBefore ?? undefined });

    expect(first.events).toHaveLength(3);
    expect(second).toMatchObject({ nextBefore: null, events: [{ action: 'auth.signed-in' }] });
  });
});
