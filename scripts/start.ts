// npm start: the whole console from a fresh clone. Validates configuration, starts Postgres
// (DATABASE_URL or embedded), applies migrations, starts the simulator in demo mode, builds on
// first start and runs `next start`. Every failure stops start-up with a clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStartupEnv } from '@/lib/config/check-startup-env';
import { loadConfig } from '@/lib/config/load-config';
import { deployMigrations } from '@/lib/db/migrate/deploy-migrations';
import { ensureBuild } from './start/ensure-build';
import { readOrCreateSecret } from './start/read-or-create-secret';
import { startDatabase, type DatabaseHandle } from './start/start-database';
import { startSimulatorProcess, type SimulatorProcess } from './start/start-simulator-process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message: string) => console.log(`[quarterdeck] ${message}`);

function fail(message: string): never {
  console.error(`[quarterdeck] start-up failed: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const dev = process.argv.includes('--dev');
  const env = process.env;
  let loaded;
  try {
    loaded = loadConfig({ env, cwd: root });
    checkStartupEnv({ demo: loaded.demo, env });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  log(loaded.demo ? 'demo mode (no quarterdeck.yaml): simulated management clusters and demo users' : `configuration: ${loaded.source}`);
  const stateDir = path.resolve(root, env.QUARTERDECK_STATE_DIR ?? '.quarterdeck');
  const port = env.PORT ?? '3000';

  let database: DatabaseHandle | undefined;
  let simulator: SimulatorProcess | null = null;
  const stopAll = async () => {
    await simulator?.stop().catch(() => undefined);
    await database?.stop().catch(() => undefined);
  };
  try {
    database = await startDatabase({ env, stateDir });
    log(database.embedded ? 'embedded Postgres started' : 'using DATABASE_URL');
    const { applied } = await deployMigrations({ databaseUrl: database.databaseUrl });
    log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    if (loaded.demo) {
      simulator = await startSimulatorProcess({ root, stateDir, scenario: env.QUARTERDECK_SCENARIO ?? 'demo' });
      log(simulator ? `simulator running (state in ${simulator.stateDir})` : 'simulator not available: starting with an empty fleet');
    }
    if (!dev) ensureBuild(root);
  } catch (error) {
    await stopAll();
    fail(error instanceof Error ? error.message : String(error));
  }

  const childEnv = {
    ...env,
    DATABASE_URL: database.databaseUrl,
    AUTH_SECRET: loaded.demo ? (env.AUTH_SECRET ?? readOrCreateSecret(path.join(stateDir, 'auth-secret'))) : env.AUTH_SECRET,
    QUARTERDECK_STATE_DIR: stateDir,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(loaded.demo ? { QUARTERDECK_ALLOW_DEMO_USERS: 'true', QUARTERDECK_DEMO: 'true' } : {}),
    ...(simulator ? { QUARTERDECK_SIM_STATE: simulator.stateDir } : {}),
  };
  const next: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), dev ? 'dev' : 'start', '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: childEnv,
  });
  log(`console at http://localhost:${port}`);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  next.on('exit', (code) => {
    void stopAll().then(() => process.exit(stopping ? 0 : (code ?? 1)));
  });
}

void main();
