// FieldsV1 (metadata.managedFields[].fieldsV1) <-> FieldSet. `{}` marks a member leaf, `".": {}` inside a
// child object marks that the element itself is a member as well.
import { compareElements, keyElement, valueElement } from './path-element';
import { createFieldSet, type FieldSet, type MutableFieldSet } from './field-set';

export class FieldsV1Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldsV1Error';
  }
}

// Stored objects are frozen, so a parsed set can be reused for as long as the same fieldsV1 object lives.
const parsedFrozen = new WeakMap<object, FieldSet>();

export function parseFieldsV1(fieldsV1: unknown): FieldSet {
  if (!isPlainObject(fieldsV1)) throw new FieldsV1Error('fieldsV1 must be an object');
  const cached = parsedFrozen.get(fieldsV1);
  if (cached) return cached;
  const set = createFieldSet();
  parseInto(set, fieldsV1);
  if (Object.isFrozen(fieldsV1)) parsedFrozen.set(fieldsV1, set);
  return set;
}

function parseInto(set: MutableFieldSet, json: Record<string, unknown>): void {
  for (const [rawElement, value] of Object.entries(json)) {
    if (rawElement === '.') continue;
    const element = canonicalElement(rawElement);
    if (!isPlainObject(value)) throw new FieldsV1Error(`value of ${rawElement} must be an object`);
    const keys = Object.keys(value);
    if (keys.length === 0 || '.' in value) set.members.add(element);
    if (keys.length > ('.' in value ? 1 : 0)) {
      const child = set.children.get(element) ?? createFieldSet();
      parseInto(child, value);
      set.children.set(element, child);
    }
  }
}

function canonicalElement(raw: string): string {
  const kind = raw.slice(0, 2);
  const body = raw.slice(2);
  try {
    switch (kind) {
      case 'f:':
        return raw;
      case 'k:': {
        const fields = JSON.parse(body) as unknown;
        if (!isPlainObject(fields)) throw new FieldsV1Error(`invalid key element ${raw}`);
        return keyElement(fields);
      }
      case 'v:':
        return valueElement(JSON.parse(body));
      case 'i:':
        if (/^\d+$/.test(body)) return raw;
        break;
    }
  } catch (error) {
    if (error instanceof FieldsV1Error) throw error;
  }
  throw new FieldsV1Error(`invalid path element ${JSON.stringify(raw)}`);
}

export function serializeFieldsV1(set: FieldSet): Record<string, unknown> {
  return emit(set, false);
}

function emit(set: FieldSet, includeSelf: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (includeSelf) out['.'] = {};
  const elements = [...set.members];
  for (const element of set.children.keys()) if (!set.members.has(element)) elements.push(element);
  elements.sort(compareElements);
  for (const element of elements) {
    const child = set.children.get(element);
    out[element] = child ? emit(child, set.members.has(element)) : {};
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
