// Compiles an openAPIV3Schema into SchemaNodes; cached per schema object identity because the
// simulator admits hundreds of thousands of objects against a handful of schemas.
import { compileCelRule } from './compile-cel-rule';
import type { ListType, SchemaNode } from './schema-node';

type Raw = Record<string, unknown>;

const cache = new WeakMap<object, SchemaNode>();

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function compileList(value: unknown): SchemaNode[] {
  return Array.isArray(value) ? value.filter(isRaw).map(compileNode) : [];
}

function compilePattern(value: unknown): SchemaNode['pattern'] {
  if (typeof value !== 'string') return undefined;
  try {
    return { source: value, regex: new RegExp(value, 'u') };
  } catch {
    return { source: value, regex: new RegExp(value) };
  }
}

function compileNode(raw: Raw): SchemaNode {
  const cached = cache.get(raw);
  if (cached) return cached;
  const properties = isRaw(raw.properties)
    ? new Map(Object.entries(raw.properties).filter(([, v]) => isRaw(v)).map(([k, v]) => [k, compileNode(v as Raw)]))
    : undefined;
  const additional = raw.additionalProperties;
  const node: SchemaNode = {
    type: typeof raw.type === 'string' ? raw.type : undefined,
    properties,
    additionalProperties: additional === true ? true : isRaw(additional) ? compileNode(additional) : undefined,
    items: isRaw(raw.items) ? compileNode(raw.items) : undefined,
    required: Array.isArray(raw.required) ? raw.required.filter((r): r is string => typeof r === 'string') : [],
    enumValues: Array.isArray(raw.enum) ? raw.enum : undefined,
    pattern: compilePattern(raw.pattern),
    format: typeof raw.format === 'string' ? raw.format : undefined,
    hasDefault: 'default' in raw,
    defaultValue: raw.default,
    nullable: raw.nullable === true,
    preserveUnknownFields: raw['x-kubernetes-preserve-unknown-fields'] === true,
    embeddedResource: raw['x-kubernetes-embedded-resource'] === true,
    intOrString: raw['x-kubernetes-int-or-string'] === true,
    listType: typeof raw['x-kubernetes-list-type'] === 'string' ? (raw['x-kubernetes-list-type'] as ListType) : undefined,
    listMapKeys: Array.isArray(raw['x-kubernetes-list-map-keys']) ? (raw['x-kubernetes-list-map-keys'] as string[]) : [],
    minimum: num(raw.minimum),
    maximum: num(raw.maximum),
    exclusiveMinimum: raw.exclusiveMinimum === true,
    exclusiveMaximum: raw.exclusiveMaximum === true,
    multipleOf: num(raw.multipleOf),
    minLength: num(raw.minLength),
    maxLength: num(raw.maxLength),
    minItems: num(raw.minItems),
    maxItems: num(raw.maxItems),
    uniqueItems: raw.uniqueItems === true,
    minProperties: num(raw.minProperties),
    maxProperties: num(raw.maxProperties),
    allOf: compileList(raw.allOf),
    anyOf: compileList(raw.anyOf),
    oneOf: compileList(raw.oneOf),
    not: isRaw(raw.not) ? compileNode(raw.not) : undefined,
    rules: Array.isArray(raw['x-kubernetes-validations'])
      ? raw['x-kubernetes-validations'].filter(isRaw).flatMap((r) => compileCelRule(r) ?? [])
      : [],
    hasRulesBelow: false,
    hasDefaultsBelow: false,
  };
  const children = [...(properties?.values() ?? []), node.items, node.additionalProperties === true ? undefined : node.additionalProperties];
  node.hasRulesBelow = node.rules.length > 0 || children.some((c) => c?.hasRulesBelow === true);
  node.hasDefaultsBelow = node.hasDefault || children.some((c) => c?.hasDefaultsBelow === true);
  cache.set(raw, node);
  return node;
}

export function compileSchema(schema: Record<string, unknown>): SchemaNode {
  return compileNode(schema);
}
