// Reads a version's openAPIV3Schema from the real Cluster API CRDs (never hand-written schemas).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const capiDir = process.env.QUARTERDECK_CAPI_DIR ?? path.resolve(repoRoot, '../shared/capi');

const crdShape = z.object({
  spec: z.object({
    versions: z.array(z.object({ name: z.string(), schema: z.object({ openAPIV3Schema: z.record(z.string(), z.unknown()) }) })),
  }),
});

export function loadCrdSchema(relativeFile: string, version: string): Record<string, unknown> {
  const crd = crdShape.parse(parse(readFileSync(path.join(capiDir, 'crds', relativeFile), 'utf8')));
  const found = crd.spec.versions.find((v) => v.name === version);
  if (!found) throw new Error(`${relativeFile} has no version ${version}`);
  return found.schema.openAPIV3Schema;
}

export const clusterSchema = (version: 'v1beta1' | 'v1beta2'): Record<string, unknown> =>
  loadCrdSchema('core/cluster.x-k8s.io_clusters.yaml', version);
