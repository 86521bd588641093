import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { supportPgCharColumns } from './support-pg-char-columns';
import { toPgPoolConfig } from './to-pg-pool-config';

type PgBackedAdapter = SqlDriverAdapter & { underlyingDriver: () => pg.Pool; onError: (error: unknown) => never };

function isPgBacked(adapter: SqlDriverAdapter): adapter is PgBackedAdapter {
  return typeof Reflect.get(adapter, 'underlyingDriver') === 'function' && typeof Reflect.get(adapter, 'onError') === 'function';
}

// @prisma/adapter-pg runs scripts by splitting them on ";", which breaks dollar-quoted
// PL/pgSQL bodies (our triggers) and runs each statement in its own implicit transaction.
// The native engine sends the whole script as one simple-protocol query, which Postgres
// executes atomically; restore that behaviour.
function adaptForSchemaEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  if (!isPgBacked(adapter)) throw new Error('Expected a @prisma/adapter-pg adapter');
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => supportPgCharColumns(await startTransaction(isolationLevel));
  return supportPgCharColumns(adapter);
}

async function runAdmin(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function onceOnly(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}

/**
 * The pg driver adapter factory the Wasm schema engine talks to Postgres through, plus a
 * way to close everything it opened (freeing the engine does not, and open pools keep the
 * process alive). The shadow database is created here rather than by adapter-pg, whose
 * cleanup drops the database while its own pool still holds connections to it.
 */
export function createMigrationAdapterFactory(databaseUrl: string): { factory: SqlMigrationAwareDriverAdapterFactory; disposeAll: () => Promise<void> } {
  const config = toPgPoolConfig(databaseUrl);
  const base = new PrismaPg(config);
  const cleanups: (() => Promise<void>)[] = [];
  const track = (adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    const cleanup = onceOnly(async () => {
      await dispose().catch(() => undefined);
      await afterDispose?.();
    });
    adapter.dispose = cleanup;
    cleanups.push(cleanup);
    return adaptForSchemaEngine(adapter);
  };
  const connectToShadowDb = async (): Promise<SqlDriverAdapter> => {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runAdmin(config, `CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...config, database }).connect();
    return track(shadow, () => runAdmin(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  };
  return {
    factory: { adapterName: base.adapterName, provider: base.provider, connect: async () => track(await base.connect()), connectToShadowDb },
    disposeAll: async () => {
      await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
    },
  };
}
