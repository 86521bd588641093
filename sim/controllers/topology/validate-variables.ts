// Validates Cluster topology variables against the ClusterClass's openAPIV3Schema (required,
// types, enums, nested properties), with the field paths and wording of the CAPI webhook.
import { isRecord, list, rec, str } from '../runtime/json';

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function validateValue(value: unknown, schema: Record<string, unknown>, path: string, errors: string[]): void {
  const want = str(schema.type);
  const got = typeOf(value);
  const compatible = !want || want === got || (want === 'number' && got === 'integer');
  if (!compatible) {
    errors.push(`${path}: Invalid value: ${JSON.stringify(value)}: must be of type ${want}`);
    return;
  }
  const allowed = list(schema.enum);
  if (allowed.length && !allowed.some((a) => JSON.stringify(a) === JSON.stringify(value))) errors.push(`${path}: Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  if (isRecord(value)) {
    const props = rec(schema.properties);
    for (const req of list(schema.required)) if (typeof req === 'string' && value[req] === undefined && rec(props[req]).default === undefined) errors.push(`${path}.${req}: Required value`);
    for (const [k, v] of Object.entries(value)) if (isRecord(props[k])) validateValue(v, props[k], `${path}.${k}`, errors);
  }
  if (Array.isArray(value) && isRecord(schema.items)) value.forEach((item, i) => validateValue(item, rec(schema.items), `${path}[${i}]`, errors));
}

export function validateVariables(options: { classVariables: unknown[]; values: unknown[]; path: string; checkRequired: boolean }): string[] {
  const errors: string[] = [];
  const defs = new Map(options.classVariables.map((v) => [str(rec(v).name) ?? '', rec(v)]));
  const given = new Map(options.values.map((v) => [str(rec(v).name) ?? '', rec(v)]));
  if (options.checkRequired) {
    for (const [name, def] of defs) {
      const schema = rec(rec(def.schema).openAPIV3Schema);
      if (def.required === true && !given.has(name) && schema.default === undefined) errors.push(`${options.path}: Required value: required variable with name "${name}" must be defined`);
    }
  }
  for (const [name, v] of given) {
    const def = defs.get(name);
    if (!def) {
      errors.push(`${options.path}[${name}]: Invalid value: "${name}": variable is not defined`);
      continue;
    }
    validateValue(v.value, rec(rec(def.schema).openAPIV3Schema), `${options.path}[${name}].value`, errors);
  }
  return errors;
}
