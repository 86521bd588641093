// RFC 6902 JSON patch (add, remove, replace, move, copy, test) over plain JSON values.
import { ApiError } from '../core/api-error';
import { deepEqual } from '../store/deep-equal';
import { isRecord } from './read-body';

export interface JsonPatchOperation {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

export function applyJsonPatch(document: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw ApiError.badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc: unknown = structuredClone(document);
  for (const raw of operations) {
    if (!isRecord(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') throw invalid('invalid JSON patch operation');
    doc = applyOne(doc, raw as unknown as JsonPatchOperation);
  }
  return doc;
}

function applyOne(doc: unknown, op: JsonPatchOperation): unknown {
  switch (op.op) {
    case 'add':
      return add(doc, parsePointer(op.path), structuredClone(op.value));
    case 'remove':
      return remove(doc, parsePointer(op.path), op.path);
    case 'replace': {
      const tokens = parsePointer(op.path);
      get(doc, tokens, `replace operation does not apply: doc is missing key: ${op.path}: missing value`);
      return add(remove(doc, tokens, op.path), tokens, structuredClone(op.value));
    }
    case 'move': {
      const from = parsePointer(requireFrom(op));
      const value = get(doc, from, `move operation does not apply: doc is missing from path: ${op.from}: missing value`);
      return add(remove(doc, from, op.from ?? ''), parsePointer(op.path), value);
    }
    case 'copy': {
      const value = get(doc, parsePointer(requireFrom(op)), `copy operation does not apply: doc is missing from path: ${op.from}: missing value`);
      return add(doc, parsePointer(op.path), structuredClone(value));
    }
    case 'test': {
      const value = get(doc, parsePointer(op.path), `testing value ${op.path} failed: test failed`);
      if (!deepEqual(value, op.value)) throw invalid(`testing value ${op.path} failed: test failed`);
      return doc;
    }
    default:
      throw invalid(`Unexpected kind: ${op.op}`);
  }
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw invalid(`JSON pointer must be empty or start with a "/": ${pointer}`);
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function get(doc: unknown, tokens: string[], missing: string): unknown {
  let current = doc;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      const i = Number(token);
      if (!Number.isInteger(i) || i < 0 || i >= current.length) throw invalid(missing);
      current = current[i];
    } else if (isRecord(current) && Object.prototype.hasOwnProperty.call(current, token)) {
      current = current[token];
    } else {
      throw invalid(missing);
    }
  }
  return current;
}

function add(doc: unknown, tokens: string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const parent = get(doc, tokens.slice(0, -1), `add operation does not apply: doc is missing path: "/${tokens.join('/')}": missing value`);
  const last = tokens[tokens.length - 1] ?? '';
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(i) || i < 0 || i > parent.length) throw invalid(`add operation does not apply: index out of bounds: ${last}`);
    parent.splice(i, 0, value);
  } else if (isRecord(parent)) {
    parent[last] = value;
  } else {
    throw invalid(`add operation does not apply: doc is missing path: "/${tokens.join('/')}": missing value`);
  }
  return doc;
}

function remove(doc: unknown, tokens: string[], pointer: string): unknown {
  const missing = `remove operation does not apply: doc is missing path: "${pointer}": missing value`;
  get(doc, tokens, missing);
  const parent = get(doc, tokens.slice(0, -1), missing);
  const last = tokens[tokens.length - 1] ?? '';
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (isRecord(parent)) delete parent[last];
  return doc;
}

function requireFrom(op: JsonPatchOperation): string {
  if (typeof op.from !== 'string') throw invalid(`${op.op} operation is missing "from"`);
  return op.from;
}

function invalid(message: string): ApiError {
  return new ApiError({ reason: 'Invalid', code: 422, message });
}
