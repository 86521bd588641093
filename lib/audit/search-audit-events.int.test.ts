import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { auditQuerySchema } from './audit-query';
import { exportAuditCsv } from './export-audit-csv';
import { recordAuditEvent } from './record-audit-event';
import { searchAuditEvents } from './search-audit-events';

let db: TestDatabase;
const REQUEST_ID = '0b6f3c1e-4d2a-4c5b-9e8f-7a6b5c4d3e2f';
const teams = [
  { name: 'payments', namespaces: ['team-payments', 'payments-dev'] },
  { name: 'search', namespaces: ['team-search'] },
];

beforeAll(async () => {
  db = await startTestDatabase();
  const alice = { id: 'u-alice', name: 'Alice Requester', email: 'alice@example.com' };
  const bob = { id: 'u-bob', name: 'Bob Approver' };
  const cluster = (namespace: string, name: string) => ({ managementCluster: 'mgmt-eu-west', kind: 'Cluster', namespace, name });
  await recordAuditEvent(db.prisma, { actor: alice, action: 'change-request.created', requestId: REQUEST_ID, target: cluster('team-payments', 'pay-1'), payload: { note: '=HYPERLINK("x")' } });
  await recordAuditEvent(db.prisma, { actor: alice, action: 'change-request.created', target: cluster('payments-dev', 'pay-dev') });
  await recordAuditEvent(db.prisma, { actor: bob, action: 'change-request.approved', target: cluster('team-search', 'search-1') });
  await recordAuditEvent(db.prisma, { actor: bob, action: 'auth.signed-in' });
  await recordAuditEvent(db.prisma, { actor: { id: 'u-x', name: '=1+1' }, action: 'kubeconfig.downloaded', target: cluster('elsewhere', 'evil-1') });
}, 120_000);

afterAll(async () => {
  await db?.stop();
});

const names = async (raw: Record<string, string>) => {
  const { format: _format, ...query } = auditQuerySchema.parse(raw);
  return (await searchAuditEvents({ prisma: db.prisma, query, teams })).events.map((event) => `${event.action} ${event.target.name ?? '-'}`);
};

describe('searchAuditEvents', () => {
  it.each([
    ['a team, across all its namespaces', { team: 'payments' }, ['change-request.created pay-dev', 'change-request.created pay-1']],
    ['an actor by e-mail, whatever its case', { actor: 'ALICE@example.com' }, ['change-request.created pay-dev', 'change-request.created pay-1']],
    ['an actor by display name', { actor: 'bob approver' }, ['auth.signed-in -', 'change-request.approved search-1']],
    ['a target cluster and an action family', { managementCluster: 'mgmt-eu-west', name: 'search-1', action: 'change-request.' }, ['change-request.approved search-1']],
    ['a team and an actor together', { team: 'search', actor: 'u-alice' }, []],
    ['an exact action', { action: 'auth.signed-in' }, ['auth.signed-in -']],
    ['a change request id, whatever its case', { requestId: REQUEST_ID.toUpperCase() }, ['change-request.created pay-1']],
    ['a time window that excludes everything', { to: '2000-01-01' }, []],
  ])('filters by %s', async (_what, raw, expected) => {
    expect(await names(raw)).toEqual(expected);
  });

  it('returns JSON-safe events with string ids and a cursor for the next page', async () => {
    const page = await searchAuditEvents({ prisma: db.prisma, query: auditQuerySchema.parse({ limit: '3', action: 'change-request.' }), teams });
    expect(page.events).toHaveLength(3);
    expect(page.nextBefore).toBeNull();
    const first = await searchAuditEvents({ prisma: db.prisma, query: auditQuerySchema.parse({ limit: '2', action: 'change-request.' }), teams });
    expect(first.nextBefore).toBe(first.events.at(-1)?.id);
    const second = await searchAuditEvents({ prisma: db.prisma, query: auditQuerySchema.parse({ limit: '2', action: 'change-request.', before: first.nextBefore ?? '' }), teams });
    expect(second.nextBefore).toBeNull();
    expect(second.events.map((event) => event.target.name)).toEqual(['pay-1']);
    expect(() => JSON.stringify(page)).not.toThrow();
  });

  it('refuses an unknown team', async () => {
    await expect(names({ team: 'nobody' })).rejects.toThrow(/Unknown team/);
  });
});

describe('exportAuditCsv', () => {
  it('downloads every matching event as CSV with formulas neutralized', async () => {
    const { format: _format, limit: _limit, ...query } = auditQuerySchema.parse({ team: 'payments' });
    const response = await exportAuditCsv({ prisma: db.prisma, query, teams });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=audit-.*\.csv$/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"{""note"":""=HYPERLINK(\\""x\\"")""}"`);
  });

  it('prefixes a cell that a spreadsheet would run as a formula', async () => {
    const { format: _format, limit: _limit, ...query } = auditQuerySchema.parse({ name: 'evil-1' });
    const lines = (await (await exportAuditCsv({ prisma: db.prisma, query, teams })).text()).trim().split('\r\n');
    expect(lines[1]?.split(',')[3]).toBe("'=1+1");
  });
});
