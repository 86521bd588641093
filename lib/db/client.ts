import { createPrismaClient, type PrismaClient } from './create-prisma-client';

export type { PrismaClient } from './create-prisma-client';
export { Prisma } from './generated/client';

type Cache = { client: PrismaClient; databaseUrl: string };

// Next.js dev re-evaluates modules on every hot reload; keeping the client on globalThis
// stops each reload from opening a new connection pool.
const globalCache = globalThis as typeof globalThis & { __quarterdeckPrisma?: Cache };

/**
 * The process-wide Prisma client for DATABASE_URL, created on first use (so importing this
 * module never needs a database). Changing DATABASE_URL at runtime (tests) gets a new client.
 */
export function getPrisma(): PrismaClient {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl === undefined || databaseUrl === '') {
    throw new Error('DATABASE_URL is not set: start Quarterdeck with `npm start` (embedded Postgres) or point it at a database');
  }
  const cached = globalCache.__quarterdeckPrisma;
  if (cached?.databaseUrl === databaseUrl) return cached.client;
  if (cached) void cached.client.$disconnect().catch(() => undefined);
  const client = createPrismaClient(databaseUrl);
  globalCache.__quarterdeckPrisma = { client, databaseUrl };
  return client;
}

/** Closes the shared client's pool (graceful shutdown, end of a script). */
export async function disconnectPrisma(): Promise<void> {
  const cached = globalCache.__quarterdeckPrisma;
  globalCache.__quarterdeckPrisma = undefined;
  await cached?.client.$disconnect();
}
