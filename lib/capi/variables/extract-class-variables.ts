// The variables a ClusterClass offers: `status.variables[].definitions[]` (what the topology
// controller resolved, including variables from external patches), else `spec.variables`.
// Both API versions: v1beta1 carries per-definition `metadata`, v1beta2 `deprecatedV1Beta1Metadata`.
import { asList, asRecord, asString, isRecord, stringMap } from './schema-json';
import type { ClassVariable, FieldMetadata } from './variable-types';

function metadataOf(definition: Record<string, unknown>): FieldMetadata | undefined {
  const raw = asRecord(definition.deprecatedV1Beta1Metadata ?? definition.metadata);
  const labels = stringMap(raw.labels);
  const annotations = stringMap(raw.annotations);
  return Object.keys(labels).length || Object.keys(annotations).length ? { labels, annotations } : undefined;
}

function toVariable(name: string, definition: Record<string, unknown>): ClassVariable | undefined {
  const schema = asRecord(definition.schema).openAPIV3Schema;
  if (!isRecord(schema)) return undefined;
  const metadata = metadataOf(definition);
  return { name, required: definition.required === true, schema, ...(metadata ? { metadata } : {}) };
}

function fromStatus(status: Record<string, unknown>): ClassVariable[] {
  const out: ClassVariable[] = [];
  for (const entry of asList(status.variables)) {
    const name = asString(asRecord(entry).name);
    // Conflicting definitions (definitionsConflict) cannot be set by a Cluster anyway; the first one is shown.
    const first = asList(asRecord(entry).definitions).find(isRecord);
    const variable = name && first ? toVariable(name, first) : undefined;
    if (variable) out.push(variable);
  }
  return out;
}

export function extractClassVariables(clusterClass: unknown): ClassVariable[] {
  const cc = asRecord(clusterClass);
  const status = asRecord(cc.status);
  if (Array.isArray(status.variables) && status.variables.length > 0) return fromStatus(status);
  const out: ClassVariable[] = [];
  for (const entry of asList(asRecord(cc.spec).variables)) {
    const name = asString(asRecord(entry).name);
    const variable = name ? toVariable(name, asRecord(entry)) : undefined;
    if (variable) out.push(variable);
  }
  return out;
}
