// Strategic merge patch for the built-in core types only (Namespace, ConfigMap, Secret, Event). Their
// fields are maps and scalars, so it is a merge patch once the SMP directives are taken out.
import { mergePatch } from './merge-patch';
import { isRecord } from './read-body';

export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  return mergePatch(target, stripDirectives(patch));
}

function stripDirectives(patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$setElementOrder/') || key.startsWith('$deleteFromPrimitiveList/') || key === '$retainKeys' || key === '$patch') continue;
    out[key] = stripDirectives(value);
  }
  return out;
}
