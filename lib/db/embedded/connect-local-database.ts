import { DEFAULT_EMBEDDED_DATABASE, defaultEmbeddedDataDir } from './embedded-defaults';
import { readRunningPostmaster } from './read-running-postmaster';
import { embeddedDatabaseUrl, startEmbeddedPostgres } from './start-embedded-postgres';

export type LocalDatabase = { databaseUrl: string; source: 'DATABASE_URL' | 'running-embedded' | 'started-embedded'; release: () => Promise<void> };

/**
 * For CLI scripts (migrate, audit:verify): DATABASE_URL when set; otherwise the embedded
 * Postgres in `.quarterdeck/postgres` (see defaultEmbeddedDataDir) — reusing it when the app already runs it, or starting
 * it just for the script (and stopping it again on release).
 */
export async function connectLocalDatabase(options: { dataDir?: string; databaseName?: string } = {}): Promise<LocalDatabase> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv !== '') return { databaseUrl: fromEnv, source: 'DATABASE_URL', release: async () => undefined };
  const dataDir = options.dataDir ?? defaultEmbeddedDataDir();
  const databaseName = options.databaseName ?? DEFAULT_EMBEDDED_DATABASE;
  const running = await readRunningPostmaster(dataDir);
  if (running !== null && running !== 'stale') {
    return { databaseUrl: embeddedDatabaseUrl({ port: running.port, databaseName }), source: 'running-embedded', release: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir, databaseName });
  return { databaseUrl: server.databaseUrl, source: 'started-embedded', release: server.stop };
}
