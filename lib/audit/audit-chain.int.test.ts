import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { appendAuditEvent } from './append-audit-event';
import { GENESIS_HASH, type AuditEventInput } from './audit-event-types';
import { recordAuditEvent } from './record-audit-event';
import { REDACTED } from './redact-secrets';
import { verifyAuditChain } from './verify-audit-chain';

let db: TestDatabase;

const event = (n: number): AuditEventInput => ({
  actor: { id: 'u-alice', name: 'Alice', email: 'alice@example.com', roles: ['operator'], ip: '10.0.0.1', userAgent: 'vitest' },
  action: 'change-request.approved',
  target: { managementCluster: 'mgmt-eu', kind: 'Cluster', namespace: 'team-a', name: `c${n}` },
  requestId: '6F1C3A52-8A4B-4F8E-9C1D-2B3A4C5D6E7F',
  payload: { n, at: new Date('2026-01-02T03:04:05.006Z'), nested: { b: 1, a: [1.5, 'x', null] } },
});

async function superuserSql(databaseUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await startTestDatabase();
});

afterAll(async () => {
  await db?.stop();
});

describe('audit hash chain', () => {
  it('chains appended events: each prevHash is the previous hash and the chain verifies', async () => {
    const { prisma } = await db.createIsolatedDatabase();
    const first = await recordAuditEvent(prisma, event(1));
    const second = await prisma.$transaction((tx) => appendAuditEvent(tx, event(2)));

    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(second.id).toBeGreaterThan(first.id);
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, count: 2 });
  });

  it('forms one valid chain when 10 transactions append concurrently', async () => {
    const { prisma } = await db.createIsolatedDatabase();

    await Promise.all(Array.from({ length: 10 }, (_, n) => prisma.$transaction((tx) => appendAuditEvent(tx, event(n)))));

    const rows = await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(10);
    expect(await verifyAuditChain(prisma, { batchSize: 3 })).toEqual({ ok: true, count: 10 });
  });

  it('rolls the audit row back with the transaction that wrote it', async () => {
    const { prisma } = await db.createIsolatedDatabase();
    await recordAuditEvent(prisma, event(1));

    await expect(
      prisma.$transaction(async (tx) => {
        await appendAuditEvent(tx, event(2));
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');

    expect(await prisma.auditEvent.count()).toBe(1);
    await recordAuditEvent(prisma, event(3));
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, count: 2 });
  });

  it.each([
    ['UPDATE', `UPDATE "AuditEvent" SET "action" = 'auth.signed-in'`],
    ['DELETE', `DELETE FROM "AuditEvent"`],
    ['TRUNCATE', `TRUNCATE "AuditEvent"`],
  ])('refuses %s through the append-only trigger', async (operation, sql) => {
    await recordAuditEvent(db.prisma, event(1));

    await expect(db.prisma.$executeRawUnsafe(sql)).rejects.toThrow(new RegExp(`AuditEvent is append-only: ${operation} is not allowed`));
  });

  it('names the first tampered row when a superuser edits history with the trigger disabled', async () => {
    const { prisma, databaseUrl } = await db.createIsolatedDatabase();
    for (const n of [1, 2, 3, 4]) await recordAuditEvent(prisma, event(n));
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    const victim = rows[2]!;

    await superuserSql(databaseUrl, [
      'ALTER TABLE "AuditEvent" DISABLE TRIGGER USER',
      `UPDATE "AuditEvent" SET "payload" = '{"n": 99}' WHERE "id" = ${victim.id}`,
      'ALTER TABLE "AuditEvent" ENABLE TRIGGER USER',
    ]);

    expect(await verifyAuditChain(prisma)).toEqual({ ok: false, firstBadId: victim.id.toString(), count: 2, reason: expect.stringContaining('modified') as string });
  });

  it('names the row after a deleted one', async () => {
    const { prisma, databaseUrl } = await db.createIsolatedDatabase();
    for (const n of [1, 2, 3]) await recordAuditEvent(prisma, event(n));
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });

    await superuserSql(databaseUrl, [
      'ALTER TABLE "AuditEvent" DISABLE TRIGGER USER',
      `DELETE FROM "AuditEvent" WHERE "id" = ${rows[1]!.id}`,
      'ALTER TABLE "AuditEvent" ENABLE TRIGGER USER',
    ]);

    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: false, firstBadId: rows[2]!.id.toString(), reason: expect.stringContaining('removed') as string });
  });

  it('stores payloads with secrets redacted, and the redacted row still verifies', async () => {
    const { prisma } = await db.createIsolatedDatabase();
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'c1-kubeconfig' }, data: { value: 'YXBpVmVyc2lvbjogdjE=' } };

    const row = await recordAuditEvent(prisma, {
      ...event(1),
      action: 'kubeconfig.downloaded',
      payload: { token: 'qd_abcdef', password: 'hunter2', header: 'Authorization: Bearer eyJhbGciOi.payload.sig', object: secret, secretName: 'c1-kubeconfig' },
    });

    expect(row.payload).toEqual({
      token: REDACTED,
      password: REDACTED,
      header: `Authorization: Bearer ${REDACTED}`,
      object: { ...secret, data: { value: REDACTED } },
      secretName: 'c1-kubeconfig',
    });
    expect(JSON.stringify(await prisma.auditEvent.findMany(), (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))).not.toMatch(/qd_abcdef|hunter2|eyJhbGciOi|YXBpVmVyc2lvbjogdjE=/);
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, count: 1 });
  });

  it('refuses to append outside a transaction or in a snapshot-isolated one', async () => {
    await expect(appendAuditEvent(db.prisma as never, event(1))).rejects.toThrow(/inside prisma\.\$transaction/);
    await expect(db.prisma.$transaction((tx) => appendAuditEvent(tx, event(1)), { isolationLevel: 'RepeatableRead' })).rejects.toThrow(/READ COMMITTED/);
  });
});
