// kube-openapi's typeValidator: the JSON type (and, for non-strings, the numeric format) a value
// must have. Returns the [expected, actual] pair for the InvalidType message, or undefined.
import type { SchemaNode } from './schema-node';

function typeAndFormatOf(value: unknown): [string, string] {
  if (typeof value === 'boolean') return ['boolean', ''];
  if (typeof value === 'string') return ['string', ''];
  if (typeof value === 'number') return Number.isInteger(value) ? ['integer', 'int64'] : ['number', 'float64'];
  if (Array.isArray(value)) return ['array', ''];
  return ['object', ''];
}

export function checkType(node: SchemaNode, value: unknown): [string, string] | undefined {
  const { type, format } = node;
  if (value === null || value === undefined) return type !== undefined && !node.nullable ? [type, 'null'] : undefined;
  const [actual, actualFormat] = typeAndFormatOf(value);
  const isIntFloat = actual === 'integer' && type === 'number';
  const stringOrSlice = actual === 'string' || actual === 'array';
  if (!stringOrSlice && format !== undefined && !(type === actual || actualFormat === format || isIntFloat)) return [format, actualFormat];
  if (type === undefined) return undefined;
  if (type !== 'number' && type !== 'integer' && format !== undefined && stringOrSlice) return undefined;
  return type === actual || isIntFloat ? undefined : [type, actual];
}
