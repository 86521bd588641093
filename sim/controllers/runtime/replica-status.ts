// Replica counters and the machine-aggregating conditions shared by MachineSet,
// MachineDeployment and KubeadmControlPlane.
import type { KubeObject } from '../../core/kube-object';
import { aggregateCondition } from './aggregate';
import { findCondition, isTrue, type ConditionInput } from './conditions';
import { rec } from './json';

export interface ReplicaCounts {
  replicas: number;
  readyReplicas: number;
  availableReplicas: number;
  upToDateReplicas: number;
}

export function countReplicas(machines: KubeObject[]): ReplicaCounts {
  return {
    replicas: machines.length,
    readyReplicas: machines.filter((m) => isTrue(m, 'Ready')).length,
    availableReplicas: machines.filter((m) => isTrue(m, 'Available')).length,
    upToDateReplicas: machines.filter((m) => isTrue(m, 'UpToDate')).length,
  };
}

export function selectorString(obj: KubeObject): string {
  const labels = rec(rec(rec(obj.spec).selector).matchLabels);
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
}

export function machinesReadyCondition(machines: KubeObject[]): ConditionInput {
  return aggregateCondition({ type: 'MachinesReady', sourceType: 'Ready', objects: machines, noun: 'Machine', reasons: { ok: 'Ready', notOk: 'NotReady', unknown: 'ReadyUnknown', none: 'NoReplicas' } });
}

export function machinesUpToDateCondition(machines: KubeObject[]): ConditionInput {
  return aggregateCondition({ type: 'MachinesUpToDate', sourceType: 'UpToDate', objects: machines, noun: 'Machine', reasons: { ok: 'UpToDate', notOk: 'NotUpToDate', unknown: 'UpToDateUnknown', none: 'NoReplicas' } });
}

export function scalingConditions(options: { current: number; desired: number; blockedUp?: string; blockedDown?: string }): ConditionInput[] {
  const { current, desired } = options;
  const up: ConditionInput =
    desired > current
      ? { type: 'ScalingUp', status: 'True', reason: 'ScalingUp', message: `Scaling up from ${current} to ${desired} replicas${options.blockedUp ? ` is blocked because:\n${options.blockedUp}` : ''}` }
      : { type: 'ScalingUp', status: 'False', reason: 'NotScalingUp' };
  const down: ConditionInput =
    desired < current
      ? { type: 'ScalingDown', status: 'True', reason: 'ScalingDown', message: `Scaling down from ${current} to ${desired} replicas${options.blockedDown ? ` is blocked because:\n${options.blockedDown}` : ''}` }
      : { type: 'ScalingDown', status: 'False', reason: 'NotScalingDown' };
  return [up, down];
}

export function remediatingCondition(machines: KubeObject[]): ConditionInput {
  const remediating = machines.filter(isBeingRemediated);
  if (!remediating.length) return { type: 'Remediating', status: 'False', reason: 'NotRemediating' };
  const names = remediating.map((m) => m.metadata.name);
  return { type: 'Remediating', status: 'True', reason: 'Remediating', message: `* Machine${names.length > 1 ? 's' : ''} ${names.slice(0, 3).join(', ')}${names.length > 3 ? `, ... (${names.length - 3} more)` : ''}: Machine is deleting` };
}

/** The MachineHealthCheck marked it unhealthy and asked its owner to remediate it. */
export function isBeingRemediated(machine: KubeObject): boolean {
  return findCondition(machine, 'OwnerRemediated')?.status === 'False' && findCondition(machine, 'HealthCheckSucceeded')?.status === 'False';
}
