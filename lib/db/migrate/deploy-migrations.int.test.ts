import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../testing/start-test-database';
import { deployMigrations } from './deploy-migrations';
import { getMigrationStatus } from './get-migration-status';
import { DEFAULT_MIGRATIONS_DIR } from './migration-paths';
import { resolveMigration } from './resolve-migration';

let db: TestDatabase;
let migrationNames: string[];

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await startTestDatabase({ migrate: false });
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  migrationNames = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
});

afterAll(async () => {
  await db?.stop();
});

describe('deployMigrations', () => {
  it('applies every migration to an empty database and records them the way Prisma does', async () => {
    const { databaseUrl } = await db.createIsolatedDatabase({ migrate: false });

    const { applied } = await deployMigrations({ databaseUrl });

    expect(applied).toEqual(migrationNames);
    const columns = await query<{ column_name: string }>(databaseUrl, `SELECT column_name FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY column_name`);
    expect(columns.map((column) => column.column_name)).toEqual(['applied_steps_count', 'checksum', 'finished_at', 'id', 'logs', 'migration_name', 'rolled_back_at', 'started_at']);
    const rows = await query<{ id: string; checksum: string; migration_name: string; started_at: Date; finished_at: Date | null; applied_steps_count: number; logs: string | null; rolled_back_at: Date | null }>(
      databaseUrl,
      'SELECT * FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect({ steps: row.applied_steps_count, logs: row.logs, rolledBack: row.rolled_back_at }).toEqual({ steps: 1, logs: null, rolledBack: null });
    }
  });

  it('is idempotent and status reports the database up to date afterwards', async () => {
    const { databaseUrl } = await db.createIsolatedDatabase({ migrate: false });
    expect(await getMigrationStatus({ databaseUrl })).toMatchObject({ upToDate: false, pending: migrationNames });

    await deployMigrations({ databaseUrl });
    const second = await deployMigrations({ databaseUrl });

    expect(second.applied).toEqual([]);
    expect(await getMigrationStatus({ databaseUrl })).toEqual({ upToDate: true, pending: [], missingLocally: [], failed: [], edited: [] });
  });

  it('applies each migration once when two deploys race on the same database', async () => {
    const { databaseUrl } = await db.createIsolatedDatabase({ migrate: false });

    const results = await Promise.all([deployMigrations({ databaseUrl }), deployMigrations({ databaseUrl })]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(migrationNames);
    const rows = await query<{ count: string }>(databaseUrl, 'SELECT count(*) FROM _prisma_migrations');
    expect(Number(rows[0]?.count)).toBe(migrationNames.length);
  });

  it('fails on a broken migration with an error naming it and the Postgres error, leaving none of it applied until it is fixed and resolved', async () => {
    const { databaseUrl } = await db.createIsolatedDatabase({ migrate: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-migrations-'));
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      await mkdir(path.join(dir, '29990101000000_broken'));
      await writeFile(path.join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\nSELEC 1;\n');

      await expect(deployMigrations({ databaseUrl, migrationsDir: dir })).rejects.toThrow(/29990101000000_broken.*syntax error at or near "SELEC"/s);

      const halfDone = await query<{ table: string | null }>(databaseUrl, `SELECT to_regclass('"HalfDone"')::text AS table`);
      expect(halfDone[0]?.table).toBeNull();
      expect(await getMigrationStatus({ databaseUrl, migrationsDir: dir })).toMatchObject({ upToDate: false, failed: ['29990101000000_broken'] });
      await expect(deployMigrations({ databaseUrl, migrationsDir: dir })).rejects.toThrow(/failed migrations.*29990101000000_broken/s);

      await writeFile(path.join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\n');
      await resolveMigration({ databaseUrl, migrationsDir: dir, migrationName: '29990101000000_broken', as: 'rolled-back' });
      expect(await deployMigrations({ databaseUrl, migrationsDir: dir })).toEqual({ applied: ['29990101000000_broken'] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a migration edited after it was applied', async () => {
    const { databaseUrl } = await db.createIsolatedDatabase({ migrate: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-migrations-'));
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      await deployMigrations({ databaseUrl, migrationsDir: dir });
      const first = migrationNames[0] ?? '';
      await writeFile(path.join(dir, first, 'migration.sql'), '-- edited\n', { flag: 'a' });

      expect(await getMigrationStatus({ databaseUrl, migrationsDir: dir })).toMatchObject({ upToDate: false, edited: [first] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
