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

// Nodes and field lookups are memoised per schema object: every write walks the same few schemas.
const typedNodes = new WeakMap<RawSchema, TypeNode>();
const fieldCache = new WeakMap<RawSchema, Map<string, FieldType>>();
const UNTYPED_FIELD: FieldType = { node: UNTYPED, named: true };
const DEDUCED_FIELD: FieldType = { node: DEDUCED, named: false };

function typed(schema: RawSchema): TypeNode {
  let node = typedNodes.get(schema);
  if (!node) {
    node = { mode: 'typed', schema };
    typedNodes.set(schema, node);
  }
  return node;
}

export function fieldType(node: TypeNode, name: string): FieldType {
  if (node.mode === 'untyped') return UNTYPED_FIELD;
  if (node.mode === 'deduced' || !node.schema) return DEDUCED_FIELD;
  let fields = fieldCache.get(node.schema);
  if (!fields) {
    fields = new Map();
    fieldCache.set(node.schema, fields);
  }
  let field = fields.get(name);
  if (!field) {
    field = resolveField(node.schema, name);
    fields.set(name, field);
  }
  return field;
}

function resolveField(schema: RawSchema, name: string): FieldType {
  const declared = isRecord(schema.properties) ? schema.properties[name] : undefined;
  if (isRecord(declared)) return { node: typed(declared), named: true };
  if (schema['x-sim-untyped-rest'] === true) return UNTYPED_FIELD;
  const additional = schema.additionalProperties;
  if (isRecord(additional)) return { node: typed(additional), named: false };
  return DEDUCED_FIELD;
}

export function itemType(node: TypeNode): TypeNode {
  if (node.mode !== 'typed' || !node.schema) return node.mode === 'untyped' ? UNTYPED : DEDUCED;
  const items = node.schema.items;
  return isRecord(items) ? typed(items) : DEDUCED;
}

const ATOMIC_LIST: ListKind = { kind: 'atomic' };
const SET_LIST: ListKind = { kind: 'set' };
const listKinds = new WeakMap<RawSchema, ListKind>();

export function listKind(node: TypeNode): ListKind {
  if (node.mode !== 'typed' || !node.schema) return ATOMIC_LIST;
  let kind = listKinds.get(node.schema);
  if (!kind) {
    kind = resolveListKind(node.schema);
    listKinds.set(node.schema, kind);
  }
  return kind;
}

function resolveListKind(schema: RawSchema): ListKind {
  const type = schema['x-kubernetes-list-type'];
  if (type === 'set') return SET_LIST;
  if (type !== 'map') return ATOMIC_LIST;
  const keys = schema['x-kubernetes-list-map-keys'];
  return { kind: 'map', keys: Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [] };
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
