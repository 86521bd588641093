import type { HistoryDiagnostic } from '@prisma/schema-engine-wasm';
import { describeEngineError } from './describe-engine-error';
import { withSchemaEngine } from './load-schema-engine';
import { DEFAULT_MIGRATIONS_DIR } from './migration-paths';
import { readMigrationsList } from './read-migrations-list';
import { NO_EXTERNAL_ENTITIES } from './schema-filter';

export type MigrationStatus = {
  upToDate: boolean;
  /** In the migrations directory, not yet applied to the database. */
  pending: string[];
  /** Applied to the database but absent from the migrations directory. */
  missingLocally: string[];
  /** Recorded as failed in `_prisma_migrations`; deploy refuses to continue until resolved. */
  failed: string[];
  /** Applied, but migration.sql has changed since (checksum mismatch). */
  edited: string[];
};

function split(history: HistoryDiagnostic | null): Pick<MigrationStatus, 'pending' | 'missingLocally'> {
  if (history === null) return { pending: [], missingLocally: [] };
  switch (history.diagnostic) {
    case 'databaseIsBehind':
      return { pending: history.unappliedMigrationNames, missingLocally: [] };
    case 'migrationsDirectoryIsBehind':
      return { pending: [], missingLocally: history.unpersistedMigrationNames };
    case 'historiesDiverge':
      return { pending: history.unappliedMigrationNames, missingLocally: history.unpersistedMigrationNames };
  }
}

/** Compares the migrations directory with `_prisma_migrations`, like `prisma migrate status`. */
export async function getMigrationStatus(options: { databaseUrl: string; migrationsDir?: string }): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const diagnosis = await withSchemaEngine({ databaseUrl: options.databaseUrl }, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_EXTERNAL_ENTITIES }),
  ).catch((error: unknown) => {
    throw new Error(`Could not read the migration status: ${describeEngineError(error).message}`, { cause: error });
  });
  const { pending, missingLocally } = split(diagnosis.history);
  const failed = diagnosis.failedMigrationNames;
  const edited = diagnosis.editedMigrationNames;
  const upToDate = pending.length + missingLocally.length + failed.length + edited.length === 0;
  return { upToDate, pending, missingLocally, failed, edited };
}
