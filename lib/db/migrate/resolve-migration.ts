import { describeEngineError } from './describe-engine-error';
import { withSchemaEngine } from './load-schema-engine';
import { DEFAULT_MIGRATIONS_DIR } from './migration-paths';
import { readMigrationsList } from './read-migrations-list';

/**
 * `prisma migrate resolve`: once a failed migration has been dealt with by hand, record it
 * as rolled back (deploy will run it again) or as applied (deploy will skip it).
 */
export async function resolveMigration(options: { databaseUrl: string; migrationName: string; as: 'applied' | 'rolled-back'; migrationsDir?: string }): Promise<void> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  await withSchemaEngine({ databaseUrl: options.databaseUrl }, (engine) =>
    options.as === 'applied'
      ? engine.markMigrationApplied({ migrationName: options.migrationName, migrationsList })
      : engine.markMigrationRolledBack({ migrationName: options.migrationName }),
  ).catch((error: unknown) => {
    throw new Error(`Could not mark ${options.migrationName} as ${options.as}: ${describeEngineError(error).message}`, { cause: error });
  });
}
