import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the local, zero-config Postgres keeps its data when DATABASE_URL is not set. */
export const DEFAULT_EMBEDDED_DATA_DIR = path.join(repoRoot, '.quarterdeck', 'postgres');
export const DEFAULT_EMBEDDED_DATABASE = 'quarterdeck';
