// Runs x-kubernetes-validations rules over an object, depth first, as kube-apiserver's CEL
// validator does: transition rules (using oldSelf) only where an old value correlates, and
// rules on values unchanged since the old object are skipped (ratcheting).
import { fieldAncestorUnchanged, isUnchanged, itemAncestorUnchanged, NO_OLD, oldField, oldItem, type OldValue } from './correlate-old';
import { duplicateError, forbiddenError, invalidError, NIL_PATH, OMIT_VALUE, requiredError, type AdmissionCause } from './field-errors';
import type { CompiledRule } from './compile-cel-rule';
import type { SchemaNode } from './schema-node';
import { toCelValue } from './to-cel-value';

interface RuleAt {
  value: unknown;
  node: SchemaNode;
  path: string;
  old: OldValue;
  ancestorUnchanged?: boolean;
}

function ruleErrorString(rule: CompiledRule): string {
  return rule.message?.trim() ? rule.message.trim() : rule.rule.trim();
}

function messageFor(rule: CompiledRule, context: Record<string, unknown>): string {
  if (rule.messageExpression) {
    try {
      const message: unknown = rule.messageExpression(context);
      if (typeof message === 'string' && message.trim() !== '' && !message.includes('\n')) return message.trim();
    } catch {
      // kube-apiserver falls back to the static message when messageExpression fails
    }
  }
  return rule.message?.trim() ? rule.message.trim() : `failed rule: ${ruleErrorString(rule)}`;
}

function fieldFor(path: string, rule: CompiledRule): string {
  const base = rule.fieldPath ? (path ? `${path}${rule.fieldPath}` : rule.fieldPath.replace(/^\./, '')) : path;
  return base || NIL_PATH;
}

// A failed rule shows the value itself for scalars, and no value for objects and lists.
function errorForReason(options: { rule: CompiledRule; field: string; value: unknown; detail: string }): AdmissionCause {
  const { rule, field, value, detail } = options;
  if (rule.reason === 'FieldValueForbidden') return forbiddenError(field, detail);
  if (rule.reason === 'FieldValueRequired') return requiredError(field, detail);
  if (rule.reason === 'FieldValueDuplicate') return duplicateError(field, value);
  return invalidError(field, value, detail);
}

function runRules(causes: AdmissionCause[], at: RuleAt): void {
  const { node } = at;
  const unchanged = (at.old !== NO_OLD || at.ancestorUnchanged === true) && isUnchanged(at);
  let context: Record<string, unknown> | undefined;
  for (const rule of node.rules) {
    if (rule.usesOldSelf ? at.old === NO_OLD : unchanged) continue;
    context ??= { self: toCelValue(at.value, node), oldSelf: at.old === NO_OLD ? null : toCelValue(at.old, node) };
    const type = node.type ?? '';
    try {
      const result: unknown = rule.program(context);
      if (result === true) continue;
      const value = type === 'object' || type === 'array' ? OMIT_VALUE : at.value;
      causes.push(errorForReason({ rule, field: fieldFor(at.path, rule), value, detail: messageFor(rule, context) }));
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      causes.push(invalidError(at.path || NIL_PATH, type, `${reason} evaluating rule: ${ruleErrorString(rule)}`));
    }
  }
}

function visit(causes: AdmissionCause[], at: RuleAt): void {
  const { value, node, path } = at;
  if (!node.hasRulesBelow || value === null || value === undefined) return;
  if (node.rules.length > 0) runRules(causes, at);
  if (Array.isArray(value)) {
    const items = node.items;
    if (!items?.hasRulesBelow) return;
    let listUnchanged: boolean | undefined;
    value.forEach((item, i) => {
      const old = at.old === NO_OLD ? NO_OLD : oldItem({ old: at.old, node, item });
      const ancestorUnchanged = old === NO_OLD ? (listUnchanged ??= itemAncestorUnchanged(at)) : undefined;
      visit(causes, { value: item, node: items, path: `${path}[${i}]`, old, ancestorUnchanged });
    });
    return;
  }
  if (typeof value !== 'object') return;
  const additional = node.additionalProperties === true ? undefined : node.additionalProperties;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const prop = node.properties?.get(key);
    const childNode = prop ?? additional;
    if (!childNode?.hasRulesBelow) continue;
    const childPath = prop ? (path ? `${path}.${key}` : key) : `${path}[${key}]`;
    const old = oldField(at.old, key);
    visit(causes, { value: child, node: childNode, path: childPath, old, ancestorUnchanged: old === NO_OLD ? fieldAncestorUnchanged(at) : undefined });
  }
}

export function evaluateCelRules(options: { object: unknown; schema: SchemaNode; oldObject?: unknown }): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  visit(causes, { value: options.object, node: options.schema, path: '', old: options.oldObject === undefined ? NO_OLD : options.oldObject });
  return causes;
}
