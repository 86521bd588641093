import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '../create-prisma-client';
import { startEmbeddedPostgres } from '../embedded/start-embedded-postgres';
import { deployMigrations } from '../migrate/deploy-migrations';

export type TestDatabase = { databaseUrl: string; prisma: PrismaClient; stop: () => Promise<void> };

/**
 * A throwaway real Postgres (embedded, in a temp dir, no fsync) with Quarterdeck's
 * migrations deployed. One per integration test file: start in beforeAll, stop in afterAll.
 */
export async function startTestDatabase(options: { migrate?: boolean; migrationsDir?: string } = {}): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-test-pg-'));
  // The server runs as the unprivileged postgres user, which must reach the data dir.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), databaseName: 'quarterdeck_test', ephemeral: true });
  let prisma: PrismaClient | undefined;
  const stop = async (): Promise<void> => {
    await prisma?.$disconnect();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (options.migrate !== false) await deployMigrations({ databaseUrl: server.databaseUrl, migrationsDir: options.migrationsDir });
    prisma = createPrismaClient(server.databaseUrl);
    return { databaseUrl: server.databaseUrl, prisma, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
