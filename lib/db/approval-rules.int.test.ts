import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from './testing/start-test-database';

let db: TestDatabase;
let sql: pg.Client;

async function insertChangeRequest(options: { requesterId: string; state?: string }): Promise<string> {
  const result = await sql.query<{ id: string }>(
    `INSERT INTO "ChangeRequest" ("type", "state", "requesterId", "requesterName", "managementCluster", "namespace", "clusterName", "payload", "policy", "requiredApprovals")
     VALUES ('scale-pool', $1, $2, 'Requester', 'mgmt-eu', 'team-a', 'c1', '{}', '{}', 1) RETURNING "id"`,
    [options.state ?? 'pending', options.requesterId],
  );
  return result.rows[0]!.id;
}

const approve = (changeRequestId: string, approverId: string) =>
  sql.query(`INSERT INTO "Approval" ("changeRequestId", "approverId", "approverName", "decision") VALUES ($1, $2, 'Someone', 'approve')`, [changeRequestId, approverId]);

beforeAll(async () => {
  db = await startTestDatabase();
  sql = new pg.Client({ connectionString: db.databaseUrl });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await db?.stop();
});

describe('approval rules enforced by the database', () => {
  it('refuses self-approval inserted with direct SQL', async () => {
    const id = await insertChangeRequest({ requesterId: 'u-alice' });

    await expect(approve(id, 'u-alice')).rejects.toThrow(/self-approval is not allowed/);
  });

  it('refuses self-approval through Prisma too', async () => {
    const id = await insertChangeRequest({ requesterId: 'u-alice' });

    await expect(db.prisma.approval.create({ data: { changeRequestId: id, approverId: 'u-alice', approverName: 'Alice', decision: 'approve' } })).rejects.toThrow(/self-approval is not allowed/);
  });

  it('refuses a second decision by the same person with the unique constraint', async () => {
    const id = await insertChangeRequest({ requesterId: 'u-alice' });
    await approve(id, 'u-bob');

    await expect(approve(id, 'u-bob')).rejects.toMatchObject({ code: '23505', constraint: 'Approval_changeRequestId_approverId_key' });
  });

  it.each(['approved', 'rejected', 'cancelled', 'expired', 'applying'])('refuses a decision on a change request that is %s', async (state) => {
    const id = await insertChangeRequest({ requesterId: 'u-alice', state });

    await expect(approve(id, 'u-bob')).rejects.toThrow(new RegExp(`is ${state}, not pending`));
  });

  it('accepts a decision by someone else on a pending change request', async () => {
    const id = await insertChangeRequest({ requesterId: 'u-alice' });

    await approve(id, 'u-bob');

    expect(await db.prisma.approval.count({ where: { changeRequestId: id } })).toBe(1);
  });

  it('refuses moving a recorded decision to another approver, and changing the requester', async () => {
    const id = await insertChangeRequest({ requesterId: 'u-alice' });
    await approve(id, 'u-bob');

    await expect(sql.query(`UPDATE "Approval" SET "approverId" = 'u-carol' WHERE "changeRequestId" = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(sql.query(`UPDATE "ChangeRequest" SET "requesterId" = 'u-bob' WHERE "id" = $1`, [id])).rejects.toThrow(/requester .* cannot be changed/);
  });

  it('lets two approvers decide concurrently when each first bumps the change request version', async () => {
    const id = await insertChangeRequest({ requesterId: 'u-alice' });
    const [a, b] = [new pg.Client({ connectionString: db.databaseUrl }), new pg.Client({ connectionString: db.databaseUrl })];
    await Promise.all([a.connect(), b.connect()]);
    const decide = async (client: pg.Client, approverId: string) => {
      await client.query(`INSERT INTO "Approval" ("changeRequestId", "approverId", "approverName", "decision") VALUES ($1, $2, 'x', 'approve')`, [id, approverId]);
    };
    const bump = `UPDATE "ChangeRequest" SET "version" = "version" + 1 WHERE "id" = $1`;
    try {
      await a.query('BEGIN');
      await a.query(bump, [id]);
      await decide(a, 'u-bob');
      await b.query('BEGIN');
      const bWaits = b.query(bump, [id]).then(() => decide(b, 'u-carol'));
      await a.query('COMMIT');
      await bWaits;
      await b.query('COMMIT');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }

    expect(await db.prisma.approval.count({ where: { changeRequestId: id } })).toBe(2);
    expect(await db.prisma.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 3 });
  });

  it.each([
    ['a change request type', `UPDATE "ChangeRequest" SET "type" = 'reboot'`, 'ChangeRequest_type_check'],
    ['a change request state', `UPDATE "ChangeRequest" SET "state" = 'done'`, 'ChangeRequest_state_check'],
    ['an outbox job state', `INSERT INTO "OutboxJob" ("changeRequestId", "state") SELECT "id", 'lost' FROM "ChangeRequest" LIMIT 1`, 'OutboxJob_state_check'],
  ])('refuses an unknown value for %s with a CHECK constraint', async (_what, statement, constraint) => {
    await insertChangeRequest({ requesterId: 'u-alice' });

    await expect(sql.query(statement)).rejects.toMatchObject({ code: '23514', constraint });
  });
});
