import { checkAgainstSchema } from './check-against-schema';
import { loadCrdSchemas } from './load-crd-schemas';
import { findCapiDir } from '../find-capi-dir';

const CORE_KINDS = new Set(['v1/Namespace', 'v1/Secret', 'v1/ConfigMap', 'v1/Event']);

let schemas: Map<string, Record<string, unknown>> | undefined;

/** Violations per object ("Kind ns/name: problem"); core v1 kinds are not CRDs and are skipped. */
export function findSchemaViolations(objects: Iterable<{ apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }>): string[] {
  schemas ??= loadCrdSchemas(findCapiDir());
  const problems: string[] = [];
  for (const object of objects) {
    if (CORE_KINDS.has(`${object.apiVersion}/${object.kind}`)) continue;
    const schema = schemas.get(`${object.apiVersion}/${object.kind}`);
    const id = `${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}`;
    if (!schema) {
      problems.push(`${id}: no CRD serves ${object.apiVersion} ${object.kind}`);
      continue;
    }
    for (const error of checkAgainstSchema(schema, object)) problems.push(`${id}: ${error}`);
  }
  return problems;
}
