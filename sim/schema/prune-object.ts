// Drops fields the structural schema does not know, as kube-apiserver's pruning does
// (apiextensions-apiserver schema/pruning), and returns their paths ("spec.foo", "spec.list[0].bar").
import type { SchemaNode } from './schema-node';

type Json = Record<string, unknown>;

const OBJECT_META_FIELDS = new Set([
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields',
]);

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pruneMetadata(metadata: Json, path: string, pruned: string[]): void {
  for (const key of Object.keys(metadata)) {
    if (OBJECT_META_FIELDS.has(key)) continue;
    pruned.push(join(join(path, 'metadata'), key));
    delete metadata[key];
  }
}

function isKeptResourceField(key: string, value: unknown): boolean {
  if (key === 'apiVersion' || key === 'kind') return typeof value === 'string';
  return key === 'metadata' && isObject(value);
}

// x-kubernetes-preserve-unknown-fields: keep unknown keys, but still prune inside known ones.
function skipPrune(value: unknown, node: SchemaNode | undefined, path: string, pruned: string[]): void {
  if (!node) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => skipPrune(item, node.items, `${path}[${i}]`, pruned));
    return;
  }
  if (!isObject(value)) return;
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (node.embeddedResource && isKeptResourceField(key, child)) continue;
    const prop = node.properties?.get(key) ?? (node.additionalProperties === true ? undefined : node.additionalProperties);
    if (prop) prune(child, prop, join(path, key), pruned);
  }
}

function prune(value: unknown, node: SchemaNode | undefined, path: string, pruned: string[]): void {
  if (node?.preserveUnknownFields) {
    skipPrune(value, node, path, pruned);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => prune(item, node?.items, `${path}[${i}]`, pruned));
    return;
  }
  if (!isObject(value)) return;
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (node?.embeddedResource && isKeptResourceField(key, child)) {
      if (key === 'metadata') pruneMetadata(child as Json, path, pruned);
      continue;
    }
    const prop = node?.properties?.get(key);
    if (prop) prune(child, prop, join(path, key), pruned);
    else if (node?.additionalProperties !== undefined) {
      const additional = node.additionalProperties;
      if (additional !== true) prune(child, additional, join(path, key), pruned);
    } else {
      pruned.push(join(path, key));
      delete value[key];
    }
  }
}

/** Prunes `object` in place; the root is always treated as an embedded resource (apiVersion/kind/metadata kept). */
export function pruneObject(object: Json, schema: SchemaNode): string[] {
  const pruned: string[] = [];
  prune(object, { ...schema, embeddedResource: true }, '', pruned);
  return pruned;
}
