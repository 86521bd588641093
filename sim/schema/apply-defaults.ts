// Structural defaulting as kube-apiserver applies it (apiextensions-apiserver schema/defaulting):
// a default fills a missing field or a null in a non-nullable one, and nested defaults apply
// inside defaulted values; afterwards nulls in non-nullable fields without a default are dropped.
import { cloneJson } from './clone-json';
import type { SchemaNode } from './schema-node';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copy(value: unknown): unknown {
  return value === undefined ? undefined : cloneJson(value);
}

function isNonNullableNull(value: unknown, node: SchemaNode): boolean {
  return value === null && !node.nullable;
}

function defaultValue(value: unknown, node: SchemaNode | undefined): void {
  if (!node?.hasDefaultsBelow) return;
  if (Array.isArray(value)) {
    const items = node.items;
    if (!items) return;
    value.forEach((item, i) => {
      if (items.hasDefault && isNonNullableNull(item, items)) value[i] = copy(items.defaultValue);
      defaultValue(value[i], items);
    });
    return;
  }
  if (!isObject(value)) return;
  for (const [key, prop] of node.properties ?? []) {
    if (prop.hasDefault && (!(key in value) || isNonNullableNull(value[key], prop))) value[key] = copy(prop.defaultValue);
  }
  const additional = node.additionalProperties;
  for (const key of Object.keys(value)) {
    const prop = node.properties?.get(key);
    if (prop) defaultValue(value[key], prop);
    else if (additional !== undefined && additional !== true) {
      if (additional.hasDefault && isNonNullableNull(value[key], additional)) value[key] = copy(additional.defaultValue);
      defaultValue(value[key], additional);
    }
  }
}

function pruneNulls(value: unknown, node: SchemaNode | undefined): void {
  if (!node) return;
  if (Array.isArray(value)) {
    for (const item of value) pruneNulls(item, node.items);
    return;
  }
  if (!isObject(value)) return;
  for (const key of Object.keys(value)) {
    const prop = node.properties?.get(key) ?? (node.additionalProperties === true ? undefined : node.additionalProperties);
    if (!prop) continue;
    if (value[key] === null && !prop.hasDefault && !prop.nullable) delete value[key];
    else pruneNulls(value[key], prop);
  }
}

/** Applies defaults in place, then drops nulls kube-apiserver would drop. */
export function applyDefaults(object: Json, schema: SchemaNode): void {
  defaultValue(object, schema);
  pruneNulls(object, schema);
}
