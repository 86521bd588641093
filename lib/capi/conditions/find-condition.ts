import { type NormalizedCondition, type NormalizedObject } from '../normalize/types';

/** Which condition family to read: the v1beta2 one (CAPI ≥ 1.9 semantics) or the deprecated v1beta1 one. */
export type ConditionMode = 'v1beta2' | 'v1beta1';

type WithConditions = Pick<NormalizedObject, 'conditions' | 'v1beta1Conditions'>;

/**
 * Looks up a condition in the requested family; an object that only has the other family (old providers, CAPI ≤ 1.8)
 * is read from that one instead so every object still gets a status.
 */
export function findCondition(object: WithConditions, type: string, mode: ConditionMode = 'v1beta2'): NormalizedCondition | undefined {
  const [primary, fallback] = mode === 'v1beta2' ? [object.conditions, object.v1beta1Conditions] : [object.v1beta1Conditions, object.conditions];
  const list = primary.length > 0 ? primary : fallback;
  return list.find((condition) => condition.type === type);
}

/** True when the object carries the new conditions (natively or under `status.v1beta2`). */
export function hasV1beta2Conditions(object: WithConditions): boolean {
  return object.conditions.length > 0;
}

/** The condition `clusterctl describe` shows: Available where it exists in v1beta2 mode, Ready otherwise. */
export function summaryCondition(object: WithConditions, mode: ConditionMode = 'v1beta2'): NormalizedCondition | undefined {
  if (mode === 'v1beta2' && hasV1beta2Conditions(object)) {
    return findCondition(object, 'Available', mode) ?? findCondition(object, 'Ready', mode);
  }
  return findCondition(object, 'Ready', 'v1beta1');
}
