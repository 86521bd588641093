import { type Env } from '@/lib/config/env';
import path from 'node:path';
import { startEmbeddedPostgres } from '@/lib/db/embedded/start-embedded-postgres';

export interface DatabaseHandle {
  databaseUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL when set; otherwise a real embedded Postgres with its data under the state dir. */
export async function startDatabase(options: { env: Env; stateDir: string }): Promise<DatabaseHandle> {
  const url = options.env.DATABASE_URL;
  if (url) return { databaseUrl: url, embedded: false, stop: async () => {} };
  const handle = await startEmbeddedPostgres({ dataDir: path.join(options.stateDir, 'postgres'), databaseName: 'quarterdeck' });
  return { databaseUrl: handle.databaseUrl, embedded: true, stop: handle.stop };
}
