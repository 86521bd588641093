import pg from 'pg';
import { describeEngineError } from './describe-engine-error';
import { withSchemaEngine } from './load-schema-engine';
import { DEFAULT_MIGRATIONS_DIR } from './migration-paths';
import { readMigrationsList } from './read-migrations-list';
import { NO_EXTERNAL_ENTITIES } from './schema-filter';
import { toPgPoolConfig } from './to-pg-pool-config';

// Serializes concurrent deploys (two app instances starting at once). Deliberately not
// Prisma's own lock key, so it can never deadlock against a lock the engine takes itself.
const DEPLOY_LOCK_KEY = 7_146_313_001;

export type DeployMigrationsOptions = { databaseUrl: string; migrationsDir?: string };

/**
 * Applies pending migrations in order, like `prisma migrate deploy`: the Wasm schema engine
 * runs each migration.sql and records it in `_prisma_migrations`. Throws an error naming the
 * failing migration and the Postgres error; a failed migration stays recorded as failed and
 * blocks later deploys until it is resolved, exactly as with the Prisma CLI.
 */
export async function deployMigrations(options: DeployMigrationsOptions): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const lockClient = new pg.Client(toPgPoolConfig(options.databaseUrl));
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [DEPLOY_LOCK_KEY]);
    const result = await withSchemaEngine({ databaseUrl: options.databaseUrl }, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_EXTERNAL_ENTITIES }),
    ).catch((error: unknown) => {
      const { message, migrationName } = describeEngineError(error);
      const which = migrationName === undefined ? '' : ` in migration ${migrationName}`;
      throw new Error(`Database migration failed${which}: ${message}`, { cause: error });
    });
    return { applied: result.appliedMigrationNames };
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [DEPLOY_LOCK_KEY]).catch(() => undefined);
    await lockClient.end();
  }
}
