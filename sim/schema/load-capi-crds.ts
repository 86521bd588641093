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

function parseCrdFile(file: string): LoadedCrd[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => {
    const crd: unknown = doc.toJS();
    if (typeof crd !== 'object' || crd === null) return [];
    const spec = (crd as { spec?: { group?: unknown; names?: { kind?: unknown } } }).spec;
    if (typeof spec?.group !== 'string' || typeof spec.names?.kind !== 'string') return [];
    return [{ file, group: spec.group, kind: spec.names.kind, crd: crd as Record<string, unknown> }];
  });
}

const parsedFiles = new Map<string, LoadedCrd[]>();

function parseCached(file: string): LoadedCrd[] {
  let crds = parsedFiles.get(file);
  if (!crds) {
    crds = parseCrdFile(file);
    parsedFiles.set(file, crds);
  }
  return crds;
}

function crdFiles(): string[] {
  return listYaml(path.join(capiDataDir(), 'crds'));
}

/** Every CRD under shared/capi/crds (parses all files: slow, meant for tests and start-up). */
export function loadCapiCrds(): LoadedCrd[] {
  return crdFiles().flatMap(parseCached);
}

// Parsing ~4 MB of YAML takes seconds, so look files up by the group and kind their text names
// and parse only the one needed.
let index: { file: string; group: string; kind: string }[] | undefined;

function crdIndex(): { file: string; group: string; kind: string }[] {
  index ??= crdFiles().flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const group = /^ {2}group: (\S+)\s*$/m.exec(text)?.[1];
    const kind = /^ {2}names:\n(?: {4}.*\n)*? {4}kind: (\S+)\s*$/m.exec(text)?.[1];
    return group && kind ? [{ file, group, kind }] : [];
  });
  return index;
}

export function findCapiCrd(options: { group: string; kind: string }): LoadedCrd | undefined {
  const entry = crdIndex().find((e) => e.group === options.group && e.kind === options.kind);
  return entry && parseCached(entry.file).find((c) => c.group === options.group && c.kind === options.kind);
}
