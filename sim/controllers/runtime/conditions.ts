import type { Condition } from '../../core/kube-object';
import { list, rec, str } from './json';

export interface ConditionInput {
  type: string;
  status: Condition['status'];
  reason: string;
  message?: string;
}

export function conditionsOf(obj: unknown): Condition[] {
  return list(rec(rec(obj).status).conditions).filter((c): c is Condition => typeof rec(c).type === 'string');
}

export function findCondition(obj: unknown, type: string): Condition | undefined {
  return conditionsOf(obj).find((c) => c.type === type);
}

export function isTrue(obj: unknown, type: string): boolean {
  return findCondition(obj, type)?.status === 'True';
}

// lastTransitionTime only moves when the status flips, as metav1.Condition requires; otherwise a
// no-op reconcile would rewrite every object and wake every watcher. Existing conditions keep
// their position (new types are appended) so that several writers agree on one order.
export function mergeConditions(options: { existing: Condition[]; next: ConditionInput[]; now: string; generation?: number }): Condition[] {
  const updates = new Map(options.next.map((c) => [c.type, c]));
  const build = (input: ConditionInput, prior: Condition | undefined): Condition => ({
    type: input.type,
    status: input.status,
    observedGeneration: options.generation ?? prior?.observedGeneration ?? 1,
    lastTransitionTime: prior && prior.status === input.status ? (prior.lastTransitionTime ?? options.now) : options.now,
    reason: input.reason,
    message: input.message ?? '',
  });
  const out = options.existing.map((c) => {
    const input = updates.get(c.type);
    if (!input) return c; // owned by another controller (e.g. HealthCheckSucceeded set by the MHC)
    updates.delete(c.type);
    return build(input, c);
  });
  for (const input of updates.values()) out.push(build(input, undefined));
  return out;
}

export interface V1Beta1ConditionInput {
  type: string;
  status: Condition['status'];
  reason?: string;
  message?: string;
  severity?: 'Error' | 'Warning' | 'Info';
}

/** Deprecated v1beta1 conditions (status.deprecated.v1beta1.conditions or provider status.conditions). */
export function mergeV1Beta1Conditions(options: { existing: unknown; next: V1Beta1ConditionInput[]; now: string }): Condition[] {
  const prior = new Map(list(options.existing).map((c) => [str(rec(c).type) ?? '', rec(c)]));
  return options.next.map((input) => {
    const old = prior.get(input.type);
    const keep = old && str(old.status) === input.status;
    const condition: Condition = { type: input.type, status: input.status, lastTransitionTime: keep ? (str(old.lastTransitionTime) ?? options.now) : options.now };
    if (input.status !== 'True') {
      if (input.reason) condition.reason = input.reason;
      if (input.severity) condition.severity = input.severity;
      if (input.message) condition.message = input.message;
    }
    return condition;
  });
}
