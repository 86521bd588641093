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

/**
 * Last seen conditions per object uid. The arrays are the normalized objects' own (shared and
 * frozen by the fleet index), so remembering a cluster costs one map entry per object, not a
 * key and a signature string per condition.
 */
export type ConditionMemory = Map<string, readonly NormalizedCondition[]>;

function conditionsOf(object: NormalizedObject): readonly NormalizedCondition[] {
  return object.conditions.length > 0 ? object.conditions : object.v1beta1Conditions;
}

/** `status|lastTransitionTime` of the condition of that type, undefined if there was none. */
function signatureIn(conditions: readonly NormalizedCondition[] | undefined, type: string): string | undefined {
  const found = conditions?.find((condition) => condition.type === type);
  return found ? `${found.status}|${found.lastTransitionTime ?? ''}` : undefined;
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
    const conditions = conditionsOf(object);
    const before = options.previous.get(object.uid);
    memory.set(object.uid, conditions);
    if (before === conditions) continue;
    for (const condition of conditions) {
      const at = condition.lastTransitionTime ?? '';
      const signature = `${condition.status}|${at}`;
      const seen = signatureIn(before, condition.type);
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
