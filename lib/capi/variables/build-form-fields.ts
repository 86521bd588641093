// Turns an openAPIV3Schema (the structural subset CAPI allows for variables) into the field tree
// the request form renders. Every keyword the form needs is copied; nothing is invented.
import { asList, asNumber, asRecord, asString, isRecord, stringMap } from './schema-json';
import type { FieldMetadata, FormField, FormFieldType, FormVariable, ClassVariable, JsonSchema } from './variable-types';

const TYPES: readonly FormFieldType[] = ['string', 'integer', 'number', 'boolean', 'object', 'array'];

/** `kubeletLogLevel` → `Kubelet log level`, `etcd_image-tag` → `Etcd image tag`. */
export function labelOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word, i) => (i > 0 && !/^[A-Z0-9]{2,}$/.test(word) ? word.toLowerCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function typeOf(schema: JsonSchema): FormFieldType {
  const type = asString(schema.type);
  if (type && (TYPES as readonly string[]).includes(type)) return type as FormFieldType;
  if (isRecord(schema.properties)) return 'object';
  if (isRecord(schema.items)) return 'array';
  return 'any';
}

function widgetOf(schema: JsonSchema, type: FormFieldType): FormField['widget'] {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return 'select';
  if (type === 'string') return 'text';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean') return 'checkbox';
  // A map (additionalProperties) or preserve-unknown-fields object has no fixed fields to render.
  if (type === 'object') return isRecord(schema.properties) ? 'object' : 'json';
  if (type === 'array') return 'array';
  return 'json';
}

function metadataOf(schema: JsonSchema): FieldMetadata | undefined {
  if (!isRecord(schema['x-metadata'])) return undefined;
  const raw = schema['x-metadata'];
  return { labels: stringMap(raw.labels), annotations: stringMap(raw.annotations) };
}

function copyKeywords(field: FormField, schema: JsonSchema): void {
  const description = asString(schema.description);
  if (description) field.description = description;
  if ('default' in schema) field.default = schema.default;
  if ('example' in schema) field.example = schema.example;
  if (Array.isArray(schema.enum)) field.enum = (schema.enum as unknown[]).slice();
  const numbers = ['minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;
  for (const key of numbers) {
    const value = asNumber(schema[key]);
    if (value !== undefined) field[key] = value;
  }
  for (const key of ['exclusiveMinimum', 'exclusiveMaximum', 'uniqueItems'] as const) if (schema[key] === true) field[key] = true;
  const pattern = asString(schema.pattern);
  if (pattern) field.pattern = pattern;
  const format = asString(schema.format);
  if (format) field.format = format;
  const metadata = metadataOf(schema);
  if (metadata) field.metadata = metadata;
}

export function buildFormFields(schema: JsonSchema, options: { name?: string; required?: boolean } = {}): FormField {
  const name = options.name ?? '';
  const type = typeOf(schema);
  const field: FormField = { name, label: labelOf(name), type, widget: widgetOf(schema, type), required: options.required ?? false };
  copyKeywords(field, schema);
  if (type === 'object' && isRecord(schema.properties)) {
    const required = new Set(asList(schema.required).filter((r): r is string => typeof r === 'string'));
    field.properties = Object.entries(schema.properties)
      .filter((entry): entry is [string, JsonSchema] => isRecord(entry[1]))
      .map(([key, child]) => buildFormFields(child, { name: key, required: required.has(key) }));
  }
  if (type === 'array' && isRecord(schema.items)) field.items = buildFormFields(asRecord(schema.items), { name: 'items', required: true });
  return field;
}

export function buildFormVariable(variable: ClassVariable): FormVariable {
  const field = buildFormFields(variable.schema, { name: variable.name, required: variable.required });
  return {
    name: variable.name,
    required: variable.required,
    ...(field.description ? { description: field.description } : {}),
    schema: variable.schema,
    field,
    ...(variable.metadata ? { metadata: variable.metadata } : {}),
  };
}
