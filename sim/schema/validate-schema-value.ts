// OpenAPI v3 value validation with kube-openapi's messages, converted to field errors the way
// apiextensions-apiserver's ValidateCustomResource does. Errors on values unchanged since the
// old object are dropped (CRD validation ratcheting, on by default since Kubernetes 1.30).
import { checkFormat } from './check-format';
import { checkType } from './check-type';
import { deepEqual, fieldAncestorUnchanged, isUnchanged, itemAncestorUnchanged, NO_OLD, oldField, oldItem, type OldValue } from './correlate-old';
import {
  invalidError, NIL_PATH, notSupportedError, requiredError, tooLongError, tooManyError, typeInvalidError, type AdmissionCause,
} from './field-errors';
import { validateListType } from './validate-list-type';
import type { SchemaNode } from './schema-node';

export interface ValueAt {
  value: unknown;
  node: SchemaNode;
  path: string;
  old: OldValue;
  ancestorUnchanged?: boolean;
}

function emit(causes: AdmissionCause[], at: ValueAt, cause: AdmissionCause): void {
  if ((at.old !== NO_OLD || at.ancestorUnchanged) && isUnchanged(at)) return;
  causes.push(cause);
}

function checkString(causes: AdmissionCause[], at: ValueAt, value: string): void {
  const { node, path } = at;
  if (node.maxLength !== undefined && [...value].length > node.maxLength) emit(causes, at, tooLongError(path, node.maxLength));
  if (node.minLength !== undefined && [...value].length < node.minLength) {
    emit(causes, at, invalidError(path, value, `${path} in body should be at least ${node.minLength} chars long`));
  }
  if (node.pattern && !node.pattern.regex.test(value)) {
    emit(causes, at, invalidError(path, value, `${path} in body should match '${node.pattern.source}'`));
  }
  if (node.format && !checkFormat(node.format, value)) {
    emit(causes, at, typeInvalidError(path, value, `${path} in body must be of type ${node.format}: ${JSON.stringify(value)}`));
  }
}

function checkNumber(causes: AdmissionCause[], at: ValueAt, value: number): void {
  const { node, path } = at;
  if (node.multipleOf !== undefined && !Number.isInteger(value / node.multipleOf)) {
    emit(causes, at, invalidError(path, value, `${path} in body should be a multiple of ${node.multipleOf}`));
  }
  if (node.maximum !== undefined && (node.exclusiveMaximum ? value >= node.maximum : value > node.maximum)) {
    const rel = node.exclusiveMaximum ? 'less than' : 'less than or equal to';
    emit(causes, at, invalidError(path, value, `${path} in body should be ${rel} ${node.maximum}`));
  }
  if (node.minimum !== undefined && (node.exclusiveMinimum ? value <= node.minimum : value < node.minimum)) {
    const rel = node.exclusiveMinimum ? 'greater than' : 'greater than or equal to';
    emit(causes, at, invalidError(path, value, `${path} in body should be ${rel} ${node.minimum}`));
  }
}

function checkArray(causes: AdmissionCause[], at: ValueAt, value: unknown[]): void {
  const { node, path } = at;
  if (node.items) {
    const items = node.items;
    let listUnchanged: boolean | undefined;
    value.forEach((item, i) => {
      const old = at.old === NO_OLD ? NO_OLD : oldItem({ old: at.old, node, item });
      const ancestorUnchanged = old === NO_OLD ? (listUnchanged ??= itemAncestorUnchanged(at)) : undefined;
      validateSchemaValue(causes, { value: item, node: items, path: `${path}[${i}]`, old, ancestorUnchanged });
    });
  }
  if (node.minItems !== undefined && value.length < node.minItems) {
    emit(causes, at, invalidError(path, value.length, `${path} in body should have at least ${node.minItems} items`));
  }
  if (node.maxItems !== undefined && value.length > node.maxItems) emit(causes, at, tooManyError(path, value.length, node.maxItems));
  if (node.uniqueItems && value.some((v, i) => value.findIndex((w) => deepEqual(v, w)) !== i)) {
    emit(causes, at, invalidError(path, '', `${path} in body shouldn't contain duplicates`));
  }
}

// kube-openapi's objectValidator: a min/maxProperties failure ends the object's checks; then
// values of unlisted keys, listed properties, and finally required.
function checkObject(causes: AdmissionCause[], at: ValueAt, value: Record<string, unknown>): void {
  const { node, path } = at;
  const count = Object.keys(value).length;
  if (node.minProperties !== undefined && count < node.minProperties) {
    emit(causes, at, invalidError(path, count, `${path} in body should have at least ${node.minProperties} properties`));
    return;
  }
  if (node.maxProperties !== undefined && count > node.maxProperties) {
    emit(causes, at, tooManyError(path, count, node.maxProperties));
    return;
  }
  const additional = node.additionalProperties;
  const visit = (key: string, child: unknown, prop: SchemaNode) => {
    const old = oldField(at.old, key);
    const ancestorUnchanged = old === NO_OLD ? fieldAncestorUnchanged(at) : undefined;
    validateSchemaValue(causes, { value: child, node: prop, path: path ? `${path}.${key}` : key, old, ancestorUnchanged });
  };
  if (additional !== undefined && additional !== true) {
    for (const [key, child] of Object.entries(value)) if (!node.properties?.has(key)) visit(key, child, additional);
  }
  for (const [key, prop] of node.properties ?? []) if (key in value) visit(key, value[key], prop);
  for (const key of node.required) if (!(key in value)) emit(causes, at, requiredError(path ? `${path}.${key}` : key));
}

function validateBranch(at: ValueAt, node: SchemaNode): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  validateSchemaValue(causes, { ...at, node, old: NO_OLD, ancestorUnchanged: false });
  return causes;
}

function fewest(results: AdmissionCause[][]): AdmissionCause[] {
  return results.reduce<AdmissionCause[] | undefined>((best, r) => (best === undefined || r.length < best.length ? r : best), undefined) ?? [];
}

// kube-openapi's schemaPropsValidator: anyOf, oneOf, allOf, not. Its composite messages are not
// *Validation errors, so apiextensions reports them with a nil field path and value "".
function checkJunctors(causes: AdmissionCause[], at: ValueAt): void {
  const { node, path } = at;
  const quoted = JSON.stringify(path);
  if (node.anyOf.length > 0) {
    const results = node.anyOf.map((s) => validateBranch(at, s));
    if (!results.some((r) => r.length === 0)) {
      emit(causes, at, invalidError(NIL_PATH, '', `${quoted} must validate at least one schema (anyOf)`));
      for (const c of fewest(results)) emit(causes, at, c);
    }
  }
  if (node.oneOf.length > 0) {
    const results = node.oneOf.map((s) => validateBranch(at, s));
    const valid = results.filter((r) => r.length === 0).length;
    if (valid !== 1) {
      const detail = valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`;
      emit(causes, at, invalidError(NIL_PATH, '', `${quoted} must validate one and only one schema (oneOf). ${detail}`));
      if (valid === 0) for (const c of fewest(results)) emit(causes, at, c);
    }
  }
  if (node.allOf.length > 0) {
    const results = node.allOf.map((s) => validateBranch(at, s));
    for (const r of results) for (const c of r) emit(causes, at, c);
    const failed = results.filter((r) => r.length > 0).length;
    if (failed > 0) {
      emit(causes, at, invalidError(NIL_PATH, '', `${quoted} must validate all the schemas (allOf)${failed === results.length ? '. None validated' : ''}`));
    }
  }
  if (node.not && validateBranch(at, node.not).length === 0) {
    emit(causes, at, invalidError(NIL_PATH, '', `${quoted} must not validate the schema (not)`));
  }
}

/** Appends the errors of `at.value` (and its descendants) against `at.node` to `causes`. */
export function validateSchemaValue(causes: AdmissionCause[], at: ValueAt): void {
  const { value, node, path } = at;
  const typeError = checkType(node, value);
  if (typeError) {
    const [expected, actual] = typeError;
    emit(causes, at, typeInvalidError(path, actual, `${path} in body must be of type ${expected}: ${JSON.stringify(actual)}`));
    return;
  }
  if (value === null || value === undefined) return;
  checkJunctors(causes, at);
  if (typeof value === 'string') checkString(causes, at, value);
  else if (typeof value === 'number') checkNumber(causes, at, value);
  else if (Array.isArray(value)) {
    checkArray(causes, at, value);
    validateListType(causes, at, value);
  }
  if (node.enumValues && !node.enumValues.some((e) => deepEqual(e, value))) {
    const supported = node.enumValues.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
    emit(causes, at, notSupportedError(path, value, supported));
  }
  if (typeof value === 'object' && !Array.isArray(value)) checkObject(causes, at, value as Record<string, unknown>);
}
