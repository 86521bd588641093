import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { getFleetService } from '@/lib/fleet/get-fleet-service';
import { redactObject } from './redact-object';
import { toYaml } from './to-yaml';
import { type ObjectYamlResponse } from './triage-types';

export const objectYamlQuerySchema = z.object({ id: z.string().min(3).max(600) });

// Informer objects are replaced, never mutated, on every change: one YAML per object version.
const rendered = new WeakMap<object, string>();

interface RawLike {
  kind: string;
  metadata: { name: string; namespace?: string };
}

/** The read-only, redacted YAML of one object of a cluster (`kind/namespace/name` as in the graph). */
export function getObjectYaml(options: { managementCluster: string; namespace: string; name: string; id: string }): ObjectYamlResponse {
  const raw = getFleetService()
    .rawObjects(options)
    .find((object: RawLike) => `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}` === options.id);
  if (!raw) throw new AppError({ code: 'not-found', message: `Object ${options.id} is not part of cluster ${options.namespace}/${options.name}` });
  let yaml = rendered.get(raw);
  if (yaml === undefined) {
    yaml = toYaml(redactObject(raw));
    rendered.set(raw, yaml);
  }
  return { id: options.id, yaml };
}
