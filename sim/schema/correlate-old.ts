// Finds the old value that corresponds to a new one on update, the way kube-apiserver
// correlates values for ratcheting and CEL transition rules: object fields by name,
// map-list items by their keys, set items by value; atomic lists are not correlated.
import type { SchemaNode } from './schema-node';

export const NO_OLD: unique symbol = Symbol('no-old-value');
export type OldValue = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && deepEqual(a[k], b[k]));
}

export function oldField(old: OldValue, key: string): OldValue {
  return isObject(old) && key in old ? old[key] : NO_OLD;
}

export function oldItem(options: { old: OldValue; node: SchemaNode; item: unknown }): OldValue {
  const { old, node, item } = options;
  if (!Array.isArray(old)) return NO_OLD;
  if (node.listType === 'map' && isObject(item)) {
    const keys = node.listMapKeys;
    const match: unknown = (old as unknown[]).find((o) => isObject(o) && keys.every((k) => o[k] === item[k]));
    return match === undefined ? NO_OLD : match;
  }
  if (node.listType === 'set') return old.some((o) => deepEqual(o, item)) ? item : NO_OLD;
  return NO_OLD;
}

export interface Correlated {
  value: unknown;
  old: OldValue;
  /** for values with no old counterpart: whether the nearest correlated ancestor is unchanged */
  ancestorUnchanged?: boolean;
}

/** kube-apiserver ratchets errors on a value equal to its old value, or (when it has no old value) whose nearest correlated ancestor is unchanged. */
export function isUnchanged(at: Correlated): boolean {
  return at.old !== NO_OLD ? deepEqual(at.value, at.old) : at.ancestorUnchanged === true;
}

/** ancestorUnchanged for the fields of an object: a field missing from the old object means the object changed */
export function fieldAncestorUnchanged(parent: Correlated): boolean {
  return parent.old === NO_OLD && parent.ancestorUnchanged === true;
}

/** ancestorUnchanged for list items that could not be correlated (computed once per list) */
export function itemAncestorUnchanged(parent: Correlated): boolean {
  return isUnchanged(parent);
}
