// Reads every CustomResourceDefinition document under `<capiDir>/crds/**`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';

const versionSchema = z.object({
  name: z.string(),
  served: z.boolean(),
  storage: z.boolean(),
  deprecated: z.boolean().optional(),
  deprecationWarning: z.string().optional(),
  schema: z.object({ openAPIV3Schema: z.record(z.string(), z.unknown()) }).optional(),
  additionalPrinterColumns: z
    .array(z.object({ name: z.string(), type: z.string(), jsonPath: z.string(), description: z.string().optional(), priority: z.number().optional(), format: z.string().optional() }))
    .optional(),
  subresources: z
    .object({
      status: z.record(z.string(), z.unknown()).optional(),
      scale: z.object({ specReplicasPath: z.string(), statusReplicasPath: z.string(), labelSelectorPath: z.string().optional() }).optional(),
    })
    .optional(),
});

export const crdSchema = z.object({
  apiVersion: z.literal('apiextensions.k8s.io/v1'),
  kind: z.literal('CustomResourceDefinition'),
  metadata: z.object({ name: z.string(), annotations: z.record(z.string(), z.string()).optional(), labels: z.record(z.string(), z.string()).optional() }),
  spec: z.object({
    group: z.string(),
    names: z.object({
      kind: z.string(),
      listKind: z.string().optional(),
      plural: z.string(),
      singular: z.string().optional(),
      shortNames: z.array(z.string()).optional(),
      categories: z.array(z.string()).optional(),
    }),
    scope: z.enum(['Namespaced', 'Cluster']),
    versions: z.array(versionSchema),
    conversion: z.record(z.string(), z.unknown()).optional(),
  }),
});

export type CrdDocument = z.infer<typeof crdSchema>;

export interface CrdFile {
  /** path relative to `<capiDir>/crds`, e.g. `core/cluster.x-k8s.io_machines.yaml` */
  relativePath: string;
  crd: CrdDocument;
}

export function readCrdDocuments(capiDir: string): CrdFile[] {
  const root = path.join(capiDir, 'crds');
  const out: CrdFile[] = [];
  for (const file of listYamlFiles(root)) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const value: unknown = doc.toJS();
      if (!value || typeof value !== 'object' || (value as { kind?: unknown }).kind !== 'CustomResourceDefinition') continue;
      out.push({ relativePath: path.relative(root, file), crd: crdSchema.parse(value) });
    }
  }
  return out;
}

function listYamlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listYamlFiles(full));
    else if (/\.ya?ml$/.test(entry.name)) files.push(full);
  }
  return files;
}
