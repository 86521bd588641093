// A structural schema compiled once for fast admission (regexes built, rules parsed, keys indexed).
import type { CompiledRule } from './compile-cel-rule';

export type ListType = 'atomic' | 'set' | 'map';

export interface SchemaNode {
  type: string | undefined;
  properties: Map<string, SchemaNode> | undefined;
  /** a schema for unlisted keys, or true when any value is allowed */
  additionalProperties: SchemaNode | true | undefined;
  items: SchemaNode | undefined;
  required: string[];
  enumValues: unknown[] | undefined;
  pattern: { source: string; regex: RegExp } | undefined;
  format: string | undefined;
  hasDefault: boolean;
  defaultValue: unknown;
  nullable: boolean;
  preserveUnknownFields: boolean;
  embeddedResource: boolean;
  intOrString: boolean;
  listType: ListType | undefined;
  listMapKeys: string[];
  minimum: number | undefined;
  maximum: number | undefined;
  exclusiveMinimum: boolean;
  exclusiveMaximum: boolean;
  multipleOf: number | undefined;
  minLength: number | undefined;
  maxLength: number | undefined;
  minItems: number | undefined;
  maxItems: number | undefined;
  uniqueItems: boolean;
  minProperties: number | undefined;
  maxProperties: number | undefined;
  allOf: SchemaNode[];
  anyOf: SchemaNode[];
  oneOf: SchemaNode[];
  not: SchemaNode | undefined;
  rules: CompiledRule[];
  /** true when this node or any descendant carries CEL rules (lets the evaluator skip whole subtrees) */
  hasRulesBelow: boolean;
  /** true when this node or any descendant carries a default */
  hasDefaultsBelow: boolean;
}
