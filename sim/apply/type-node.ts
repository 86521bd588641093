// How structured-merge-diff sees one position of an object, derived from a CRD's openAPIV3Schema node.
// - typed: a schema node; `properties` are named fields, other keys are map entries.
// - untyped: no schema at all (built-in types): object keys behave as named fields, lists are atomic.
// - deduced: below x-kubernetes-preserve-unknown-fields: keys are map entries, lists are atomic.
import { OBJECT_META_SCHEMA } from './object-meta-schema';

type RawSchema = Record<string, unknown>;

export interface TypeNode {
  readonly mode: 'typed' | 'untyped' | 'deduced';
  readonly schema: RawSchema | undefined;
}

export interface FieldType {
  node: TypeNode;
  /** a declared struct field (not a map entry): ownership of its children implies nothing about the field itself */
  named: boolean;
}

export type ListKind = { kind: 'atomic' } | { kind: 'set' } | { kind: 'map'; keys: string[] };

const UNTYPED: TypeNode = { mode: 'untyped', schema: undefined };
const DEDUCED: TypeNode = { mode: 'deduced', schema: undefined };
const roots = new WeakMap<RawSchema, TypeNode>();
const UNTYPED_ROOT: TypeNode = { mode: 'typed', schema: { type: 'object', properties: { metadata: OBJECT_META_SCHEMA }, 'x-sim-untyped-rest': true } };

/** The root of an object: the CRD version's schema (or none), with ObjectMeta's built-in schema for metadata. */
export function rootTypeNode(schema: RawSchema | undefined): TypeNode {
  if (!schema) return UNTYPED_ROOT;
  let root = roots.get(schema);
  if (!root) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    root = { mode: 'typed', schema: { ...schema, properties: { ...properties, metadata: OBJECT_META_SCHEMA } } };
    roots.set(schema, root);
  }
  return root;
}

export function fieldType(node: TypeNode, name: string): FieldType {
  if (node.mode === 'untyped') return { node: UNTYPED, named: true };
  if (node.mode === 'deduced' || !node.schema) return { node: DEDUCED, named: false };
  const schema = node.schema;
  const declared = isRecord(schema.properties) ? schema.properties[name] : undefined;
  if (isRecord(declared)) return { node: { mode: 'typed', schema: declared }, named: true };
  if (schema['x-sim-untyped-rest'] === true) return { node: UNTYPED, named: true };
  const additional = schema.additionalProperties;
  if (isRecord(additional)) return { node: { mode: 'typed', schema: additional }, named: false };
  return { node: DEDUCED, named: false };
}

export function itemType(node: TypeNode): TypeNode {
  if (node.mode !== 'typed' || !node.schema) return node.mode === 'untyped' ? UNTYPED : DEDUCED;
  const items = node.schema.items;
  return isRecord(items) ? { mode: 'typed', schema: items } : DEDUCED;
}

export function listKind(node: TypeNode): ListKind {
  if (node.mode !== 'typed' || !node.schema) return { kind: 'atomic' };
  const type = node.schema['x-kubernetes-list-type'];
  if (type === 'set') return { kind: 'set' };
  if (type === 'map') {
    const keys = node.schema['x-kubernetes-list-map-keys'];
    return { kind: 'map', keys: Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [] };
  }
  return { kind: 'atomic' };
}

export function isAtomicMap(node: TypeNode): boolean {
  return node.mode === 'typed' && node.schema?.['x-kubernetes-map-type'] === 'atomic';
}

export function isNullable(node: TypeNode): boolean {
  return node.mode !== 'typed' || node.schema?.nullable === true;
}

/** The default of a key field, used when a list-map item omits it (as the apiserver does for defaulted keys). */
export function keyDefault(itemNode: TypeNode, key: string): unknown {
  const field = fieldType(itemNode, key);
  return field.node.schema?.default;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
