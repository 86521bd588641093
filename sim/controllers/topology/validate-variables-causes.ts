// The Cluster webhook's variable validation: topology variables against the ClusterClass's openAPIV3Schemas as CAPI's
// variables package does: the full OpenAPI keyword set (kube-openapi wording, through the
// simulator's CRD validator), x-kubernetes-validations (CEL), fields the schema does not specify,
// required variables and undefined ones. Field paths are the webhook's (`...variables[name].value`).
import { compileSchema } from '../../schema/compile-schema';
import { NO_OLD } from '../../schema/correlate-old';
import { evaluateCelRules } from '../../schema/evaluate-cel-rules';
import { invalidError, NIL_PATH, requiredError, type AdmissionCause } from '../../schema/field-errors';
import type { SchemaNode } from '../../schema/schema-node';
import { validateSchemaValue } from '../../schema/validate-schema-value';
import { isRecord, list, rec, str } from '../runtime/json';

function unknownFields(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  if (Array.isArray(value) && node.items) {
    const items = node.items;
    value.forEach((item, i) => unknownFields(item, items, `${path}[${i}]`, out));
    return;
  }
  if (!isRecord(value) || node.preserveUnknownFields || node.additionalProperties === true) return;
  for (const [key, child] of Object.entries(value)) {
    const prop = node.properties?.get(key) ?? node.additionalProperties;
    if (prop) unknownFields(child, prop, path ? `${path}.${key}` : key, out);
    else out.push(path ? `${path}.${key}` : key);
  }
}

/** CEL causes carry paths relative to the value; re-root them under the variable's path. */
function reroot(cause: AdmissionCause, base: string): AdmissionCause {
  if (cause.field === NIL_PATH || cause.field === '') return { ...cause, field: base };
  return { ...cause, field: cause.field.startsWith('[') ? `${base}${cause.field}` : `${base}.${cause.field}` };
}

function validateOne(options: { name: string; value: unknown; schema: Record<string, unknown>; path: string }): AdmissionCause[] {
  const node = compileSchema(options.schema);
  const valuePath = `${options.path}[${options.name}].value`;
  const causes: AdmissionCause[] = [];
  validateSchemaValue(causes, { value: options.value, node, path: valuePath, old: NO_OLD });
  const unknown: string[] = [];
  unknownFields(options.value, node, '', unknown);
  if (unknown.length) causes.push(invalidError(valuePath, options.value, `failed validation: ${unknown.map((f) => JSON.stringify(f)).join(',')} field(s) are not specified in the variable schema of variable "${options.name}"`));
  if (causes.length === 0) causes.push(...evaluateCelRules({ object: options.value, schema: node }).map((cause) => reroot(cause, valuePath)));
  return causes;
}

/** Definitions by name: `status.variables[].definitions[0]` when the class controller published them, else `spec.variables`. */
export function classVariablesOf(clusterClass: unknown): unknown[] {
  const status = list(rec(rec(clusterClass).status).variables);
  if (status.length) return status.map((v) => ({ name: str(rec(v).name), ...rec(list(rec(v).definitions)[0]) }));
  return list(rec(rec(clusterClass).spec).variables);
}

export function validateVariableCauses(options: { classVariables: unknown[]; values: unknown[]; path: string; checkRequired: boolean }): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  const defs = new Map(options.classVariables.map((v) => [str(rec(v).name) ?? '', rec(v)]));
  const seen = new Set<string>();
  for (const [i, entry] of options.values.entries()) {
    const name = str(rec(entry).name) ?? '';
    if (seen.has(name)) causes.push(invalidError(`${options.path}[${i}].name`, name, `variable names must be unique. Variable with name "${name}" is defined more than once`));
    seen.add(name);
  }
  if (options.checkRequired) {
    for (const [name, def] of defs) {
      const schema = rec(rec(def.schema).openAPIV3Schema);
      if (def.required === true && !seen.has(name) && schema.default === undefined) causes.push(requiredError(options.path, `required variable with name "${name}" must be defined`));
    }
  }
  for (const entry of options.values) {
    const name = str(rec(entry).name) ?? '';
    const def = defs.get(name);
    if (!def) {
      causes.push(invalidError(`${options.path}[${name}]`, name, 'variable is not defined'));
      continue;
    }
    causes.push(...validateOne({ name, value: rec(entry).value, schema: rec(rec(def.schema).openAPIV3Schema), path: options.path }));
  }
  return causes;
}
