// Test support: admits scenario objects the way kube-apiserver does against the real CRDs
// (sim/schema admitObject with fieldValidation=Strict) and lists every problem.
import type { KubeObject } from '../../core/kube-object';
import { admitObject, findCapiCrd, findVersionSchema } from '../../schema';
import type { SeedObject } from '../types';

const CORE_KINDS = new Set(['v1/Namespace', 'v1/Secret', 'v1/ConfigMap', 'v1/Event']);

function asKubeObject(object: SeedObject): KubeObject {
  return {
    ...object,
    metadata: { ...object.metadata, uid: object.metadata.uid ?? 'uid', resourceVersion: '1', creationTimestamp: object.metadata.creationTimestamp ?? '2026-01-01T00:00:00Z' },
  };
}

/** Violations per object ("Kind ns/name: problem"); core v1 kinds are not CRDs and are skipped. */
export function findSchemaViolations(objects: Iterable<SeedObject>): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    if (CORE_KINDS.has(`${object.apiVersion}/${object.kind}`)) continue;
    const [group = '', version = ''] = object.apiVersion.split('/');
    const id = `${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}`;
    const schema = findVersionSchema(findCapiCrd({ group, kind: object.kind })?.crd, version);
    if (!schema) {
      problems.push(`${id}: no CRD serves ${object.apiVersion} ${object.kind}`);
      continue;
    }
    const result = admitObject({ schema, object: asKubeObject(object), fieldValidation: 'Strict' });
    for (const cause of result.causes) problems.push(`${id}: ${cause.field}: ${cause.message}`);
    for (const field of result.unknownFields) problems.push(`${id}: unknown field "${field}"`);
  }
  return problems;
}
