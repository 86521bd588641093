// Condition shapes as CAPI v1beta2 objects carry them: metav1.Condition in status.conditions, and
// the older v1beta1 conditions (with severity) kept under status.deprecated.v1beta1.conditions.
import type { Condition } from '../core/kube-object';

export function condition(options: { type: string; status?: Condition['status']; reason: string; message?: string; at: string; generation?: number }): Condition {
  return {
    type: options.type,
    status: options.status ?? 'True',
    reason: options.reason,
    message: options.message ?? '',
    lastTransitionTime: options.at,
    ...(options.generation === undefined ? {} : { observedGeneration: options.generation }),
  };
}

/** Healthy conditions, all True with the given reason per type. */
export function healthyConditions(types: Readonly<Record<string, string>>, at: string, generation = 1): Condition[] {
  return Object.entries(types).map(([type, reason]) =>
    condition({ type, status: reason.startsWith('Not') ? 'False' : 'True', reason, at, generation }),
  );
}

export function v1beta1Ready(types: readonly string[], at: string): { conditions: Array<{ type: string; status: 'True'; lastTransitionTime: string }> } {
  return { conditions: ['Ready', ...types].map((type) => ({ type, status: 'True' as const, lastTransitionTime: at })) };
}
