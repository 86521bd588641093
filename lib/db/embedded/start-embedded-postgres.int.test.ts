import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectLocalDatabase } from './connect-local-database';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './start-embedded-postgres';

let root: string;
const running: EmbeddedPostgresHandle[] = [];

async function start(dataDir: string, port?: number): Promise<EmbeddedPostgresHandle> {
  const handle = await startEmbeddedPostgres({ dataDir, port, databaseName: 'app', ephemeral: true });
  running.push(handle);
  return handle;
}

async function stop(handle: EmbeddedPostgresHandle): Promise<void> {
  running.splice(running.indexOf(handle), 1);
  await handle.stop();
}

async function sql<T extends pg.QueryResultRow>(databaseUrl: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-embedded-'));
  await chmod(root, 0o755);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(running.splice(0).map((handle) => handle.stop()));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('keeps its data across a restart of the same data directory', async () => {
    const dataDir = path.join(root, 'persist');
    const first = await start(dataDir);
    await sql(first.databaseUrl, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$still here$$)');
    await stop(first);

    const second = await start(dataDir);

    expect(second.databaseUrl).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/app$/);
    expect(await sql(second.databaseUrl, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
  });

  it('starts after a crash left a stale postmaster.pid behind', async () => {
    const dataDir = path.join(root, 'crashed');
    await stop(await start(dataDir));
    const exited = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    await writeFile(path.join(dataDir, 'postmaster.pid'), `${exited.pid}\n${dataDir}\n1700000000\n5432\n\n127.0.0.1\n`);

    const restarted = await start(dataDir);

    expect(await sql(restarted.databaseUrl, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('refuses to start a second server on a data directory that is in use', async () => {
    const dataDir = path.join(root, 'busy');
    await start(dataDir);

    await expect(start(dataDir)).rejects.toThrow(/already in use by a running postmaster/);
  });

  it('includes the last Postgres log lines when the server cannot start', async () => {
    const dataDir = path.join(root, 'port-taken');
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      await expect(start(dataDir, port)).rejects.toThrow(/failed to start[\s\S]*last Postgres log lines[\s\S]*(could not bind|Address already in use)/);
    } finally {
      blocker.close();
    }
  });

  it('lets CLI scripts reuse a server that is already running on the data directory', async () => {
    const dataDir = path.join(root, 'shared');
    const server = await start(dataDir);
    vi.stubEnv('DATABASE_URL', '');

    const local = await connectLocalDatabase({ dataDir, databaseName: 'app' });

    expect(local).toMatchObject({ source: 'running-embedded', databaseUrl: server.databaseUrl });
    await local.release();
    expect(await sql(server.databaseUrl, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
