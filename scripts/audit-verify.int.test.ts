import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
let db: TestDatabase;

async function auditVerify(databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  db = await startTestDatabase();
});

afterAll(async () => {
  await db?.stop();
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and 1 naming the first bad event once history is edited', async () => {
    const actor = { id: 'u-alice', name: 'Alice' };
    for (const name of ['a', 'b']) await recordAuditEvent(db.prisma, { actor, action: 'cluster.viewed', target: { name } });

    expect(await auditVerify(db.databaseUrl)).toMatchObject({ code: 0, stdout: expect.stringContaining('intact: 2 event(s)') as string });

    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    await client.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER');
    const { rows } = await client.query<{ id: string }>(`UPDATE "AuditEvent" SET "actorName" = 'Mallory' WHERE "targetName" = 'a' RETURNING "id"::text`);
    await client.query('ALTER TABLE "AuditEvent" ENABLE TRIGGER USER');
    await client.end();

    expect(await auditVerify(db.databaseUrl)).toMatchObject({ code: 1, stderr: expect.stringContaining(`BROKEN at event ${rows[0]?.id}`) as string });
  });
});
