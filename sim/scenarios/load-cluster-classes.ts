// Loads the ClusterClasses served by the scenarios: upstream quick-start unmodified, plus the
// provider classes kept as YAML data in ./classes. Returns class + templates per class name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { resolvePlaceholders } from './resolve-placeholders';
import type { SeedObject } from './types';

export type ClassName = 'quick-start' | 'aws-standard' | 'azure-standard' | 'vsphere-standard';

const classesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'classes');

const docSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: z.looseObject({ name: z.string(), annotations: z.record(z.string(), z.string()).optional() }),
});

function classFile(name: ClassName, capiDir: string): string {
  if (name === 'quick-start') return path.join(capiDir, 'examples/docker-templates/clusterclass-quick-start.yaml');
  return path.join(classesDir, `${name}.yaml`);
}

const cache = new Map<string, SeedObject[]>();

/** The ClusterClass (first) and its templates, without namespace; callers place them. */
export function loadClusterClass(options: { name: ClassName; capiDir: string; variables?: Record<string, string> }): SeedObject[] {
  const file = classFile(options.name, options.capiDir);
  const key = `${file}\0${JSON.stringify(options.variables ?? {})}`;
  const cached = cache.get(key);
  if (cached) return structuredClone(cached);
  const text = resolvePlaceholders(readFileSync(file, 'utf8'), options.variables ?? {});
  const objects = parseAllDocuments(text)
    .map((doc) => doc.toJS() as unknown)
    .filter((value) => value !== null && value !== undefined)
    .map((value) => docSchema.parse(value));
  const classIndex = objects.findIndex((o) => o.kind === 'ClusterClass');
  const clusterClass = objects[classIndex];
  if (!clusterClass) throw new Error(`${file} has no ClusterClass`);
  const ordered = [clusterClass, ...objects.filter((_, i) => i !== classIndex)];
  cache.set(key, ordered);
  return structuredClone(ordered);
}
