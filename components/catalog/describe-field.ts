// The human text around a generated field: its constraints as a hint, its x-metadata as a note,
// and a DOM id derived from its path. Pure, so every keyword's wording is unit-tested.
import type { FieldMetadata, FormField } from '@/lib/capi/variables/variable-types';
import { pathKey, type FieldPath } from './form-path';

export function fieldId(path: FieldPath): string {
  return `field-${pathKey(path).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function range(options: { min: number | undefined; max: number | undefined; unit: string; exclusiveMin?: boolean; exclusiveMax?: boolean }): string | undefined {
  const { min, max, unit } = options;
  const low = min === undefined ? undefined : `${options.exclusiveMin ? 'more than' : 'at least'} ${min}${unit}`;
  const high = max === undefined ? undefined : `${options.exclusiveMax ? 'less than' : 'at most'} ${max}${unit}`;
  if (low && high) return `${low} and ${high}`;
  return low ?? high;
}

/** Constraint hints in the order a person reads them: size, range, shape. */
export function constraintHints(field: FormField): string[] {
  const hints: string[] = [];
  const numeric = range({ min: field.minimum, max: field.maximum, unit: '', exclusiveMin: field.exclusiveMinimum ?? false, exclusiveMax: field.exclusiveMaximum ?? false });
  if (numeric) hints.push(numeric);
  if (field.multipleOf !== undefined) hints.push(`a multiple of ${field.multipleOf}`);
  const length = range({ min: field.minLength, max: field.maxLength, unit: ' characters' });
  if (length) hints.push(length);
  const items = range({ min: field.minItems, max: field.maxItems, unit: ' items' });
  if (items) hints.push(items);
  if (field.uniqueItems) hints.push('items must be unique');
  if (field.pattern) hints.push(`must match ${field.pattern}`);
  if (field.format) hints.push(`format: ${field.format}`);
  if (field.type === 'integer') hints.push('whole number');
  return hints;
}

function pairs(record: Record<string, string>): string {
  return Object.entries(record)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

/** x-metadata as one sentence: these labels/annotations end up on the objects the class renders. */
export function metadataNote(metadata: FieldMetadata | undefined): string | undefined {
  if (!metadata) return undefined;
  const parts: string[] = [];
  if (Object.keys(metadata.labels).length > 0) parts.push(`labels ${pairs(metadata.labels)}`);
  if (Object.keys(metadata.annotations).length > 0) parts.push(`annotations ${pairs(metadata.annotations)}`);
  return parts.length > 0 ? `Metadata: ${parts.join('; ')}` : undefined;
}

/** The example as a placeholder (`e.g. 3.5.3-0`); objects and lists as JSON. */
export function placeholderOf(field: FormField): string | undefined {
  if (field.example === undefined) return undefined;
  return `e.g. ${typeof field.example === 'string' ? field.example : JSON.stringify(field.example)}`;
}

/** An empty value for a newly added array item: its own default, else the type's zero. */
export function emptyValueOf(field: FormField): unknown {
  if (field.default !== undefined) return structuredClone(field.default);
  if (field.enum && field.enum.length > 0) return structuredClone(field.enum[0]);
  switch (field.type) {
    case 'string':
      return '';
    case 'integer':
    case 'number':
      return field.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries((field.properties ?? []).filter((child) => child.required).map((child) => [child.name, emptyValueOf(child)]));
    case 'any':
      return {};
  }
}
