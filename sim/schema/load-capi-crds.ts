// Loads the upstream CRDs under shared/capi/crds (never hand-written schemas), once per process.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export interface LoadedCrd {
  file: string;
  group: string;
  kind: string;
  crd: Record<string, unknown>;
}

export function capiDataDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return process.env.QUARTERDECK_CAPI_DIR ?? path.resolve(repoRoot, '../shared/capi');
}

function listYaml(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listYaml(full);
    return /\.ya?ml$/.test(entry) ? [full] : [];
  });
}

let loaded: LoadedCrd[] | undefined;

export function loadCapiCrds(): LoadedCrd[] {
  loaded ??= listYaml(path.join(capiDataDir(), 'crds')).flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => {
      const crd: unknown = doc.toJS();
      if (typeof crd !== 'object' || crd === null) return [];
      const spec = (crd as { spec?: { group?: unknown; names?: { kind?: unknown } } }).spec;
      if (typeof spec?.group !== 'string' || typeof spec.names?.kind !== 'string') return [];
      return [{ file, group: spec.group, kind: spec.names.kind, crd: crd as Record<string, unknown> }];
    }),
  );
  return loaded;
}

export function findCapiCrd(options: { group: string; kind: string }): LoadedCrd | undefined {
  return loadCapiCrds().find((c) => c.group === options.group && c.kind === options.kind);
}
