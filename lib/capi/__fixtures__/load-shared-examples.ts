import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** In CI the repo is a fresh clone with shared/ beside it. */
export const capiDataDir = process.env.QUARTERDECK_CAPI_DIR ?? path.resolve(repoRoot, '../shared/capi');

export interface ExampleDocument {
  file: string;
  index: number;
  object: Record<string, unknown>;
}

function listYaml(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return listYaml(full);
      return entry.endsWith('.yaml') || entry.endsWith('.yml') ? [full] : [];
    });
}

/** Every YAML document under `examples/<subdir>` that looks like a Kubernetes object (has kind + apiVersion). */
export function loadSharedExamples(subdir: string): ExampleDocument[] {
  const dir = path.join(capiDataDir, 'examples', subdir);
  return listYaml(dir).flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc, index) => {
      const object: unknown = doc.toJS();
      if (typeof object !== 'object' || object === null || Array.isArray(object)) return [];
      const record = object as Record<string, unknown>;
      if (typeof record.kind !== 'string' || typeof record.apiVersion !== 'string') return [];
      return [{ file: path.relative(capiDataDir, file), index, object: record }];
    }),
  );
}
