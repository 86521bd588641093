import { findCondition, type ConditionMode } from '../conditions/find-condition';
import { type NormalizedCondition, type NormalizedObject } from '../normalize/types';

function sameStatusAndReason(a: NormalizedCondition | undefined, b: NormalizedCondition | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status && a.reason === b.reason;
}

function sameStatusSeverityAndReason(a: NormalizedCondition | undefined, b: NormalizedCondition | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status && (a.severity ?? '') === (b.severity ?? '') && a.reason === b.reason;
}

/**
 * clusterctl drops an infrastructure machine / bootstrap config when its Ready is True, or when it has the same
 * status and reason (v1beta2) / status, severity and reason (v1beta1) as its Machine's Ready: it is just an echo.
 */
export function isEcho(options: { parent: NormalizedObject; child: NormalizedObject; mode: ConditionMode }): boolean {
  const childReady = findCondition(options.child, 'Ready', options.mode);
  const parentReady = findCondition(options.parent, 'Ready', options.mode);
  if (childReady?.status === 'True') return true;
  return options.mode === 'v1beta2' ? sameStatusAndReason(parentReady, childReady) : sameStatusSeverityAndReason(parentReady, childReady);
}

/** The key two sibling Machines must share to be grouped (tree.go hasSameAvailableReadyUptoDateStatusAndReason). */
export function groupingKey(object: NormalizedObject, mode: ConditionMode): string {
  const part = (type: string) => {
    const condition = findCondition(object, type, mode);
    if (!condition) return '-';
    return mode === 'v1beta2' ? `${condition.status}:${condition.reason ?? ''}` : `${condition.status}:${condition.severity ?? ''}:${condition.reason ?? ''}`;
  };
  return mode === 'v1beta2' ? `${part('Available')}|${part('Ready')}|${part('UpToDate')}` : part('Ready');
}
