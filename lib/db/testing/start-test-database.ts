import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '../create-prisma-client';
import { embeddedDatabaseUrl, startEmbeddedPostgres } from '../embedded/start-embedded-postgres';
import { deployMigrations } from '../migrate/deploy-migrations';

export type IsolatedDatabase = { databaseUrl: string; prisma: PrismaClient };

export type TestDatabase = IsolatedDatabase & {
  /** Another empty database on the same server (migrated unless `migrate: false`), for tests that wreck their data. */
  createIsolatedDatabase: (options?: { migrate?: boolean }) => Promise<IsolatedDatabase>;
  stop: () => Promise<void>;
};

/**
 * A throwaway real Postgres (embedded, in a temp dir, no fsync) with Quarterdeck's
 * migrations deployed. One per integration test file: start in beforeAll, stop in afterAll.
 */
export async function startTestDatabase(options: { migrate?: boolean; migrationsDir?: string } = {}): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-test-pg-'));
  // The server runs as the unprivileged postgres user, which must reach the data dir.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), databaseName: 'quarterdeck_test', ephemeral: true });
  const clients: PrismaClient[] = [];
  let counter = 0;
  const open = async (databaseUrl: string, migrate: boolean): Promise<IsolatedDatabase> => {
    if (migrate) await deployMigrations({ databaseUrl, migrationsDir: options.migrationsDir });
    const prisma = createPrismaClient(databaseUrl);
    clients.push(prisma);
    return { databaseUrl, prisma };
  };
  const createIsolatedDatabase = async (isolated: { migrate?: boolean } = {}): Promise<IsolatedDatabase> => {
    counter += 1;
    const databaseName = `quarterdeck_test_${counter}`;
    const admin = new pg.Client({ connectionString: server.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`).finally(() => admin.end());
    return await open(embeddedDatabaseUrl({ port: server.port, databaseName }), isolated.migrate ?? options.migrate !== false);
  };
  const stop = async (): Promise<void> => {
    await Promise.all(clients.map((client) => client.$disconnect()));
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const main = await open(server.databaseUrl, options.migrate !== false);
    return { ...main, createIsolatedDatabase, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
