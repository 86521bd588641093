/**
 * The stack the graph-render figures are measured against, isolated from other consoles on the
 * machine: the simulator's `scale` scenario with one 1,000-Machine cluster, an embedded Postgres
 * (migrated, so the transition recorder runs as in production) and `next start` on its own port,
 * all state under `.quarterdeck/graph-render-<port>`. Needs a `next build`. Stops everything on
 * SIGINT/SIGTERM.
 * Run: `npx tsx bench/graph-render-stack.ts --port 3501`, then BENCH_URL=http://127.0.0.1:3501 (see docs/benchmarks.md).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded/start-embedded-postgres';
import { deployMigrations } from '../lib/db/migrate/deploy-migrations';
import { startSimProcess } from './support/start-sim-process';

const root = path.resolve(import.meta.dirname, '..');
const portIndex = process.argv.indexOf('--port');
const port = portIndex > 0 ? (process.argv[portIndex + 1] ?? '3501') : '3501';
const stateDir = path.join(root, '.quarterdeck', `graph-render-${port}`);

const simStateDir = path.join(stateDir, 'sim');
const sim = await startSimProcess({ root, stateDir: simStateDir, args: ['--scenario', 'scale', '--management-clusters', '1', '--clusters-per-mc', '1', '--machines-per-cluster', '1000'], timeoutMs: 300_000 });
const database = await startEmbeddedPostgres({ dataDir: path.join(stateDir, 'postgres'), databaseName: 'quarterdeck' });
await deployMigrations({ databaseUrl: database.databaseUrl });
const next = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: database.databaseUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    QUARTERDECK_STATE_DIR: stateDir,
    QUARTERDECK_SIM_STATE: simStateDir,
    QUARTERDECK_ALLOW_DEMO_USERS: 'true',
    QUARTERDECK_DEMO: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
console.log(`graph-render stack: http://127.0.0.1:${port} (state in ${stateDir})`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  next.kill('SIGTERM');
  await sim.stop();
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
next.on('exit', () => void stop());
