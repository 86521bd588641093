// Offline replacement for `prisma migrate deploy | dev --create-only | status`, driving
// Prisma's Wasm schema engine (the native engine cannot be downloaded here).
//   tsx scripts/migrate.ts deploy
//   tsx scripts/migrate.ts create <name> [--empty]
//   tsx scripts/migrate.ts status
//   tsx scripts/migrate.ts resolve --rolled-back <name> | --applied <name>
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connectLocalDatabase } from '@/lib/db/embedded/connect-local-database';
import { startEmbeddedPostgres } from '@/lib/db/embedded/start-embedded-postgres';
import { createMigration } from '@/lib/db/migrate/create-migration';
import { deployMigrations } from '@/lib/db/migrate/deploy-migrations';
import { getMigrationStatus } from '@/lib/db/migrate/get-migration-status';
import { resolveMigration } from '@/lib/db/migrate/resolve-migration';

async function deploy(): Promise<number> {
  const db = await connectLocalDatabase();
  try {
    const { applied } = await deployMigrations({ databaseUrl: db.databaseUrl });
    console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`);
    return 0;
  } finally {
    await db.release();
  }
}

async function status(): Promise<number> {
  const db = await connectLocalDatabase();
  try {
    const result = await getMigrationStatus({ databaseUrl: db.databaseUrl });
    if (result.upToDate) {
      console.log('Database schema is up to date.');
      return 0;
    }
    const sections: [string, string[]][] = [
      ['Not yet applied', result.pending],
      ['Failed (resolve before deploying)', result.failed],
      ['Edited after being applied', result.edited],
      ['Applied but missing from prisma/migrations', result.missingLocally],
    ];
    for (const [title, names] of sections) if (names.length > 0) console.log(`${title}:\n${names.map((name) => `  ${name}`).join('\n')}`);
    return 1;
  } finally {
    await db.release();
  }
}

// The diff replays the history in a shadow database, so it needs a server but no data:
// use a throwaway embedded Postgres unless MIGRATE_SHADOW_SERVER_URL points at one.
async function create(args: string[]): Promise<number> {
  const name = args.find((arg) => !arg.startsWith('--'));
  if (name === undefined) {
    console.error('Usage: npm run db:migrate:create -- <name> [--empty]');
    return 2;
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-migrate-'));
  await chmod(scratch, 0o755);
  const server = process.env.MIGRATE_SHADOW_SERVER_URL ? null : await startEmbeddedPostgres({ dataDir: path.join(scratch, 'data'), databaseName: 'scratch', ephemeral: true });
  try {
    const databaseUrl = process.env.MIGRATE_SHADOW_SERVER_URL ?? server?.databaseUrl ?? '';
    const created = await createMigration({ databaseUrl, name, allowEmpty: args.includes('--empty') });
    console.log(created === null ? 'The schema matches the migrations; nothing to create (pass --empty for a hand-written migration).' : `Created ${path.relative(process.cwd(), created.file)}`);
    return 0;
  } finally {
    await server?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

// `prisma migrate resolve`: after fixing a failed migration by hand, record the outcome.
async function resolve(args: string[]): Promise<number> {
  const [flag, name] = args;
  if ((flag !== '--rolled-back' && flag !== '--applied') || name === undefined) {
    console.error('Usage: tsx scripts/migrate.ts resolve --rolled-back <name> | --applied <name>');
    return 2;
  }
  const db = await connectLocalDatabase();
  try {
    await resolveMigration({ databaseUrl: db.databaseUrl, migrationName: name, as: flag === '--applied' ? 'applied' : 'rolled-back' });
    console.log(`Marked ${name} as ${flag.slice(2)}.`);
    return 0;
  } finally {
    await db.release();
  }
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'deploy') return await deploy();
  if (command === 'status') return await status();
  if (command === 'create') return await create(rest);
  if (command === 'resolve') return await resolve(rest);
  console.error('Usage: tsx scripts/migrate.ts deploy | status | create <name> [--empty] | resolve --rolled-back|--applied <name>');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
