// The values a fresh form starts with, following the API server's defaulting: a field's own
// `default` wins; otherwise an object collects its properties' defaults (only when it is
// required, as apiextensions defaulting does not create absent optional objects).
import { isRecord } from './schema-json';
import type { FormField, FormVariable } from './variable-types';

export function defaultValueOf(field: FormField): unknown {
  if (field.default !== undefined) return structuredClone(field.default);
  if (field.type !== 'object' || !field.properties || !field.required) return undefined;
  const value: Record<string, unknown> = {};
  for (const child of field.properties) {
    const childDefault = child.default !== undefined ? structuredClone(child.default) : defaultValueOf(child);
    if (childDefault !== undefined) value[child.name] = childDefault;
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

/** Nested defaults inside a given object value (e.g. a class default `{}` whose properties have defaults). */
function fillNested(field: FormField, value: unknown): unknown {
  if (field.type !== 'object' || !field.properties || !isRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const child of field.properties) {
    if (out[child.name] === undefined && child.default !== undefined) out[child.name] = structuredClone(child.default);
    if (out[child.name] !== undefined) out[child.name] = fillNested(child, out[child.name]);
  }
  return out;
}

/** Variable name → default value, leaving out variables without one. */
export function defaultValues(variables: readonly FormVariable[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const variable of variables) {
    const value = fillNested(variable.field, defaultValueOf(variable.field));
    if (value !== undefined) values[variable.name] = value;
  }
  return values;
}
