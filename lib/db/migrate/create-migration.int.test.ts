import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../testing/start-test-database';
import { createMigration } from './create-migration';
import { deployMigrations } from './deploy-migrations';
import { getMigrationStatus } from './get-migration-status';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migration-paths';

let db: TestDatabase;
let workDir: string;

beforeAll(async () => {
  db = await startTestDatabase({ migrate: false });
  workDir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-create-migration-'));
});

afterAll(async () => {
  await db?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('createMigration', () => {
  it('creates nothing when the schema matches the committed migrations, hand-written CHECKs and triggers included', async () => {
    expect(await createMigration({ databaseUrl: db.databaseUrl, name: 'noop', migrationsDir: DEFAULT_MIGRATIONS_DIR })).toBeNull();
  });

  it('writes a timestamped migration for a schema change that deploys on top of the others', async () => {
    const migrationsDir = path.join(workDir, 'migrations');
    const schemaPath = path.join(workDir, 'schema.prisma');
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
    await writeFile(schemaPath, `${schema}\nmodel FeatureFlag {\n  key     String  @id\n  enabled Boolean @default(false)\n}\n`);

    const created = await createMigration({ databaseUrl: db.databaseUrl, name: 'Add feature flags', schemaPath, migrationsDir, now: new Date('2099-01-02T03:04:05Z') });

    expect(created?.migrationName).toBe('20990102030405_add_feature_flags');
    const sql = await readFile(created?.file ?? '', 'utf8');
    expect(sql).toContain('CREATE TABLE "FeatureFlag"');
    expect(sql).not.toMatch(/AuditEvent|DROP/);
    const shadows = await db.prisma.$queryRaw<{ datname: string }[]>`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`;
    expect(shadows).toEqual([]);
    const target = await db.createIsolatedDatabase({ migrate: false });
    const { applied } = await deployMigrations({ databaseUrl: target.databaseUrl, migrationsDir });
    expect(applied.at(-1)).toBe('20990102030405_add_feature_flags');
    expect(await getMigrationStatus({ databaseUrl: target.databaseUrl, migrationsDir })).toMatchObject({ upToDate: true });
  });

  it('writes an empty migration for hand-written SQL only when asked to', async () => {
    const migrationsDir = path.join(workDir, 'empty');
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });

    const created = await createMigration({ databaseUrl: db.databaseUrl, name: 'backfill', migrationsDir, allowEmpty: true });

    expect(await readFile(created?.file ?? '', 'utf8')).toBe('-- This is an empty migration.\n');
  });
});
