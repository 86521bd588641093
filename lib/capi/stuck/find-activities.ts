import { findCondition } from '../conditions/find-condition';
import { type NormalizedObject } from '../normalize/types';
import { type StuckActivity } from './types';

export interface Activity {
  object: NormalizedObject;
  activity: StuckActivity;
  since: string;
}

const MACHINE_PROVISIONING = new Set(['Pending', 'Provisioning', 'Provisioned']);
const CLUSTER_PROVISIONING = new Set(['Pending', 'Provisioning']);
const PROGRESSING = ['RollingOut', 'ScalingUp', 'ScalingDown', 'Remediating'];
/** The objects that own a rollout; MachineSets and the Cluster only mirror them and would duplicate every item. */
const isRolloutOwner = (o: NormalizedObject) => o.kind === 'MachineDeployment' || o.kind === 'MachinePool' || o.apiGroup === 'controlplane.cluster.x-k8s.io';

const latest = (...times: (string | undefined)[]) => times.filter((t): t is string => t !== undefined).sort().pop();

/** A rollout makes progress when it creates or deletes Machines; the newest such event restarts the clock. */
function lastProgress(owner: NormalizedObject, machinesByOwner: Map<string, NormalizedObject[]>): string | undefined {
  const machines = machinesByOwner.get(`${owner.kind}/${owner.name}`) ?? [];
  return latest(...machines.map((m) => m.creationTimestamp), ...machines.map((m) => m.deletionTimestamp));
}

/** Every non-terminal activity: machines and clusters provisioning, deletions, progressing conditions held True. */
export function findActivities(objects: readonly NormalizedObject[]): Activity[] {
  const machinesByOwner = new Map<string, NormalizedObject[]>();
  for (const m of objects) {
    if (m.kind !== 'Machine') continue;
    const keys = [...m.ownerReferences.filter((o) => o.controller).map((o) => `${o.kind}/${o.name}`), ...(m.labels['cluster.x-k8s.io/deployment-name'] ? [`MachineDeployment/${m.labels['cluster.x-k8s.io/deployment-name']}`] : [])];
    for (const key of keys) (machinesByOwner.get(key) ?? machinesByOwner.set(key, []).get(key))?.push(m);
  }
  const out: Activity[] = [];
  for (const object of objects) {
    if (object.deletionTimestamp) {
      out.push({ object, activity: 'deletion', since: object.deletionTimestamp });
      continue;
    }
    const created = object.creationTimestamp;
    if (object.kind === 'Machine' && created && !object.nodeRef && MACHINE_PROVISIONING.has(object.phase ?? 'Pending')) {
      out.push({ object, activity: 'machine-provisioning', since: created });
      continue;
    }
    if (object.kind === 'Cluster' && created && (CLUSTER_PROVISIONING.has(object.phase ?? '') || object.initialization.controlPlaneInitialized === false)) {
      out.push({ object, activity: 'cluster-provisioning', since: created });
      continue;
    }
    if (!isRolloutOwner(object)) continue;
    const progressing = PROGRESSING.map((type) => findCondition(object, type, 'v1beta2')).filter((c) => c?.status === 'True' && object.conditions.length > 0);
    const started = latest(...progressing.map((c) => c?.lastTransitionTime));
    const legacy = object.conditions.length === 0 ? findCondition(object, 'MachinesSpecUpToDate', 'v1beta1') : undefined;
    const legacyStart = legacy?.status === 'False' ? legacy.lastTransitionTime : undefined;
    const since = latest(started ?? legacyStart, (started ?? legacyStart) ? lastProgress(object, machinesByOwner) : undefined);
    if (since) out.push({ object, activity: 'rollout', since });
  }
  return out;
}
