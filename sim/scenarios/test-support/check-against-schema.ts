// Test support: structural OpenAPI v3 checks a kube-apiserver applies from a CRD (types, required,
// enum, pattern, length/range bounds, unknown fields). CEL rules are left to the API server tests.

type Schema = Record<string, unknown>;

const asSchema = (value: unknown): Schema | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : undefined;

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function checkScalar(schema: Schema, value: unknown, at: string, errors: string[]): void {
  const enumValues = schema.enum;
  if (Array.isArray(enumValues) && !enumValues.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: "${value}" does not match ${schema.pattern}`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${at}: longer than ${schema.maxLength}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${at}: shorter than ${schema.minLength}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
}

function checkObject(schema: Schema, value: Record<string, unknown>, at: string, errors: string[]): void {
  const properties = asSchema(schema.properties);
  for (const name of Array.isArray(schema.required) ? schema.required : []) {
    if (typeof name === 'string' && !(name in value)) errors.push(`${at}.${name}: required`);
  }
  const additional = asSchema(schema.additionalProperties);
  for (const [key, child] of Object.entries(value)) {
    const childSchema = asSchema(properties?.[key]) ?? additional;
    if (childSchema) checkValue(childSchema, child, `${at}.${key}`, errors);
    else if (properties && schema['x-kubernetes-preserve-unknown-fields'] !== true && !(at === '' && key === 'metadata')) {
      errors.push(`${at}.${key}: unknown field`);
    }
  }
}

export function checkValue(schema: Schema, value: unknown, at: string, errors: string[]): void {
  const expected = schema.type;
  const actual = typeOf(value);
  if (schema['x-kubernetes-int-or-string'] === true) {
    if (actual !== 'integer' && actual !== 'string') errors.push(`${at}: expected int-or-string, got ${actual}`);
  } else if (typeof expected === 'string' && expected !== actual && !(expected === 'number' && actual === 'integer')) {
    errors.push(`${at}: expected ${expected}, got ${actual}`);
    return;
  }
  checkScalar(schema, value, at, errors);
  if (Array.isArray(value)) {
    const items = asSchema(schema.items);
    if (items) value.forEach((item, i) => checkValue(items, item, `${at}[${i}]`, errors));
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
  } else if (actual === 'object') {
    checkObject(schema, value as Record<string, unknown>, at, errors);
  }
}

/** Returns the violations (empty when the object is valid). */
export function checkAgainstSchema(schema: Schema, object: unknown): string[] {
  const errors: string[] = [];
  checkValue(schema, object, '', errors);
  return errors;
}
