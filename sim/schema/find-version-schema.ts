// Picks one version's openAPIV3Schema out of a CustomResourceDefinition (parsed YAML/JSON).
import { z } from 'zod';

const crdSchema = z.object({
  spec: z.object({
    versions: z.array(
      z.object({
        name: z.string(),
        schema: z.object({ openAPIV3Schema: z.record(z.string(), z.unknown()) }).optional(),
      }),
    ),
  }),
});

export function findVersionSchema(crd: unknown, version: string): Record<string, unknown> | undefined {
  const parsed = crdSchema.safeParse(crd);
  if (!parsed.success) return undefined;
  return parsed.data.spec.versions.find((v) => v.name === version)?.schema?.openAPIV3Schema;
}
