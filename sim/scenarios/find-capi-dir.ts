import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared upstream CAPI data folder (CRDs, examples); CI clones it beside the repo. */
export function findCapiDir(): string {
  return process.env.QUARTERDECK_CAPI_DIR ?? path.resolve(repoRoot, '../shared/capi');
}
