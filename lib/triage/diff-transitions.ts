import { type NormalizedCondition, type NormalizedObject } from '@/lib/capi/normalize/types';

export const MESSAGE_LIMIT = 500;

export interface TransitionRow {
  managementCluster: string;
  kind: string;
  namespace: string;
  name: string;
  uid: string;
  conditionType: string;
  status: string;
  reason: string | null;
  message: string | null;
  transitionAt: Date;
}

/** Last seen state per `uid|conditionType`: status + transition time. */
export type ConditionMemory = Map<string, string>;

function conditionsOf(object: NormalizedObject): NormalizedCondition[] {
  return object.conditions.length > 0 ? object.conditions : object.v1beta1Conditions;
}

export function truncateMessage(message: string | undefined): string | null {
  if (message === undefined || message === '') return null;
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
}

/**
 * The condition transitions of one cluster's `objects` that `previous` (the last snapshot of the
 * same cluster) has not seen: a new status or a new lastTransitionTime. First sight counts: the
 * database's unique key drops what an earlier process already wrote (conditions without a
 * lastTransitionTime only count once seen changing). A changed reason or message
 * without a transition (progress counters) is not a transition. Returns the new snapshot, which
 * holds only live objects, so memory stays bounded by the fleet.
 */
export function diffTransitions(options: { managementCluster: string; objects: readonly NormalizedObject[]; previous: ConditionMemory; now: Date }): { rows: TransitionRow[]; memory: ConditionMemory } {
  const rows: TransitionRow[] = [];
  const memory: ConditionMemory = new Map();
  for (const object of options.objects) {
    for (const condition of conditionsOf(object)) {
      const key = `${object.uid}|${condition.type}`;
      const at = condition.lastTransitionTime ?? '';
      const signature = `${condition.status}|${at}`;
      memory.set(key, signature);
      const seen = options.previous.get(key);
      if (seen === signature) continue;
      // Without a transition time the row's time would be "now": at first sight (every restart) that
      // is not a transition, and no unique key could recognise it as already written.
      if (seen === undefined && !at) continue;
      const parsed = at ? new Date(at) : options.now;
      rows.push({
        managementCluster: options.managementCluster,
        kind: object.kind,
        namespace: object.namespace,
        name: object.name,
        uid: object.uid,
        conditionType: condition.type,
        status: condition.status,
        reason: condition.reason ?? null,
        message: truncateMessage(condition.message),
        transitionAt: Number.isNaN(parsed.getTime()) ? options.now : parsed,
      });
    }
  }
  return { rows, memory };
}
