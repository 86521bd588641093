// Turns a JSON value into the CEL value kube-apiserver would see: integers (by schema, or
// integral numbers where the schema says nothing) become int (bigint), "number" stays double.
import type { SchemaNode } from './schema-node';

function childNode(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const prop = node?.properties?.get(key);
  if (prop) return prop;
  const additional = node?.additionalProperties;
  return additional === true ? undefined : additional;
}

export function toCelValue(value: unknown, node: SchemaNode | undefined): unknown {
  if (typeof value === 'number') {
    if (node?.type === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, node?.items));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = toCelValue(child, childNode(node, key));
    return out;
  }
  return value;
}
