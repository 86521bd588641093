import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const DEFAULT_SCHEMA_PATH = path.join(repoRoot, 'prisma', 'schema.prisma');
export const DEFAULT_MIGRATIONS_DIR = path.join(repoRoot, 'prisma', 'migrations');
