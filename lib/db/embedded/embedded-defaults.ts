import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where the local, zero-config Postgres keeps its data when DATABASE_URL is not set:
 * `<QUARTERDECK_STATE_DIR or .quarterdeck>/postgres`, the same place `npm start` uses.
 */
export function defaultEmbeddedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(path.resolve(repoRoot, env.QUARTERDECK_STATE_DIR ?? '.quarterdeck'), 'postgres');
}

export const DEFAULT_EMBEDDED_DATABASE = 'quarterdeck';
