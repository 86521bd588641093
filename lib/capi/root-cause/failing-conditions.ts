import { conditionColour, INVERTED_CONDITIONS } from '../conditions/condition-colour';
import { type ConditionMode } from '../conditions/find-condition';
import { toNodeCondition } from '../graph/make-node';
import { type GraphNodeCondition } from '../graph/types';
import { type NormalizedCondition, type NormalizedObject } from '../normalize/types';

/** Notable inverted conditions: being deleted or remediated matters for triage; rolling out or scaling is normal. */
const NOTABLE_INVERTED = new Set(['Deleting', 'Remediating', 'Paused']);

function isFailing(condition: NormalizedCondition): boolean {
  if (INVERTED_CONDITIONS.has(condition.type)) return condition.status === 'True' && NOTABLE_INVERTED.has(condition.type);
  const colour = conditionColour(condition);
  return colour === 'error' || colour === 'warning' || (colour === 'unknown' && condition.status === 'Unknown');
}

const RANK: Record<string, number> = { error: 0, warning: 1, unknown: 2, info: 3, ok: 4 };

/**
 * Conditions not in their normal state, most severe first; failureReason/failureMessage become a pseudo condition
 * `FailureMessage` so rules can match terminal provider errors as well.
 */
export function failingConditions(object: NormalizedObject, mode: ConditionMode): GraphNodeCondition[] {
  const family = mode === 'v1beta2' && object.conditions.length > 0 ? object.conditions : object.v1beta1Conditions.length > 0 ? object.v1beta1Conditions : object.conditions;
  const failing = family.filter(isFailing).sort((a, b) => (RANK[conditionColour(a)] ?? 5) - (RANK[conditionColour(b)] ?? 5));
  const out = failing.flatMap((c) => toNodeCondition(c) ?? []);
  if (object.failureReason || object.failureMessage) {
    out.unshift({ type: 'FailureMessage', status: 'False', ...(object.failureReason ? { reason: object.failureReason } : {}), ...(object.failureMessage ? { message: object.failureMessage } : {}) });
  }
  if (mode === 'v1beta2' && object.conditions.length > 0 && object.v1beta1Conditions.length > 0) {
    // v1beta1 messages (with severity) sometimes carry the provider's raw error text; keep them as extra evidence.
    for (const c of object.v1beta1Conditions.filter(isFailing)) {
      const node = toNodeCondition(c);
      if (node && !out.some((o) => o.type === node.type && o.message === node.message)) out.push(node);
    }
  }
  return out;
}
