// Validates a variable value against its openAPIV3Schema with the keywords the API server checks
// (kube-openapi wording without the path, which the form shows next to the field). Used live by
// the form and again by the server before anything reaches a management cluster.
import { checkStringFormat } from './check-string-format';
import { asList, asNumber, asString, isRecord, jsonEqual } from './schema-json';
import type { JsonSchema, ValueError } from './variable-types';

type Errors = ValueError[];

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function checkType(schema: JsonSchema, value: unknown, path: string, errors: Errors): boolean {
  const want = asString(schema.type);
  const got = kindOf(value);
  if (got === 'null') {
    if (schema.nullable === true || !want) return false;
    errors.push({ path, message: `must be of type ${want}` });
    return false;
  }
  if (!want || want === got || (want === 'number' && got === 'integer')) return true;
  errors.push({ path, message: `must be of type ${want}` });
  return false;
}

function checkNumber(schema: JsonSchema, value: number, path: string, errors: Errors): void {
  const max = asNumber(schema.maximum);
  const min = asNumber(schema.minimum);
  const multipleOf = asNumber(schema.multipleOf);
  if (max !== undefined && (schema.exclusiveMaximum === true ? value >= max : value > max)) errors.push({ path, message: `should be ${schema.exclusiveMaximum === true ? 'less than' : 'less than or equal to'} ${max}` });
  if (min !== undefined && (schema.exclusiveMinimum === true ? value <= min : value < min)) errors.push({ path, message: `should be ${schema.exclusiveMinimum === true ? 'greater than' : 'greater than or equal to'} ${min}` });
  if (multipleOf !== undefined && multipleOf > 0 && !Number.isInteger(value / multipleOf)) errors.push({ path, message: `should be a multiple of ${multipleOf}` });
}

function checkString(schema: JsonSchema, value: string, path: string, errors: Errors): void {
  const length = [...value].length;
  const maxLength = asNumber(schema.maxLength);
  const minLength = asNumber(schema.minLength);
  if (maxLength !== undefined && length > maxLength) errors.push({ path, message: `may not be more than ${maxLength} ${maxLength === 1 ? 'character' : 'characters'}` });
  if (minLength !== undefined && length < minLength) errors.push({ path, message: `should be at least ${minLength} chars long` });
  const pattern = asString(schema.pattern);
  if (pattern !== undefined && !safeRegex(pattern).test(value)) errors.push({ path, message: `should match '${pattern}'` });
  const format = asString(schema.format);
  if (format !== undefined && !checkStringFormat(format, value)) errors.push({ path, message: `must be of type ${format}` });
}

function safeRegex(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return /(?:)/;
    }
  }
}

function checkArray(schema: JsonSchema, value: unknown[], path: string, errors: Errors): void {
  const maxItems = asNumber(schema.maxItems);
  const minItems = asNumber(schema.minItems);
  if (maxItems !== undefined && value.length > maxItems) errors.push({ path, message: `must have at most ${maxItems} ${maxItems === 1 ? 'item' : 'items'}` });
  if (minItems !== undefined && value.length < minItems) errors.push({ path, message: `should have at least ${minItems} ${minItems === 1 ? 'item' : 'items'}` });
  if (schema.uniqueItems === true) {
    const dup = value.findIndex((item, i) => value.slice(0, i).some((other) => jsonEqual(other, item)));
    if (dup >= 0) errors.push({ path: join(path, dup), message: 'duplicate value' });
  }
  if (isRecord(schema.items)) {
    const items = schema.items;
    value.forEach((item, i) => validateAt(items, item, join(path, i), errors));
  }
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: string, errors: Errors): void {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const name of asList(schema.required)) {
    if (typeof name === 'string' && value[name] === undefined) errors.push({ path: join(path, name), message: 'is required' });
  }
  const additional = schema.additionalProperties;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const propSchema = properties[key];
    if (isRecord(propSchema)) validateAt(propSchema, child, join(path, key), errors);
    else if (isRecord(additional)) validateAt(additional, child, join(path, key), errors);
    else if (!preserve && additional !== true) errors.push({ path: join(path, key), message: 'is not a known field' });
  }
  const maxProperties = asNumber(schema.maxProperties);
  const minProperties = asNumber(schema.minProperties);
  const count = Object.values(value).filter((v) => v !== undefined).length;
  if (maxProperties !== undefined && count > maxProperties) errors.push({ path, message: `must have at most ${maxProperties} properties` });
  if (minProperties !== undefined && count < minProperties) errors.push({ path, message: `should have at least ${minProperties} properties` });
}

function validateAt(schema: JsonSchema, value: unknown, path: string, errors: Errors): void {
  if (!checkType(schema, value, path, errors)) return;
  const allowed = asList(schema.enum);
  if (allowed.length > 0 && !allowed.some((option) => jsonEqual(option, value))) {
    errors.push({ path, message: `must be one of ${allowed.map((option) => JSON.stringify(option)).join(', ')}` });
  }
  if (typeof value === 'number') checkNumber(schema, value, path, errors);
  else if (typeof value === 'string') checkString(schema, value, path, errors);
  else if (Array.isArray(value)) checkArray(schema, value, path, errors);
  else if (isRecord(value)) checkObject(schema, value, path, errors);
}

/** Every problem with `value`; paths are relative (`''` is the value itself, `network.cidr`, `images.0`). */
export function validateValue(options: { schema: JsonSchema; value: unknown; path?: string }): ValueError[] {
  const errors: ValueError[] = [];
  validateAt(options.schema, options.value, options.path ?? '', errors);
  return errors;
}
