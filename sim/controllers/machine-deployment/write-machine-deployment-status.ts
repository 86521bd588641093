import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, findCondition, mergeConditions, mergeV1Beta1Conditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { countReplicas, machinesReadyCondition, machinesUpToDateCondition, remediatingCondition, scalingConditions, selectorString } from '../runtime/replica-status';
import { rollingLimits } from './rollout-plan';

function rollingOut(machines: KubeObject[]): ConditionInput {
  const stale = machines.filter((m) => !m.metadata.deletionTimestamp && findCondition(m, 'UpToDate')?.status === 'False');
  if (!stale.length) return { type: 'RollingOut', status: 'False', reason: 'NotRollingOut' };
  const reasons = [...new Set(stale.map((m) => (findCondition(m, 'UpToDate')?.message ?? '').split('\n')[0] ?? ''))].filter(Boolean);
  return { type: 'RollingOut', status: 'True', reason: 'RollingOut', message: [`Rolling out ${stale.length} not up-to-date replica${stale.length > 1 ? 's' : ''}`, ...reasons].join('\n') };
}

export function writeMachineDeploymentStatus(options: { ctx: ControllerContext; md: KubeObject; sets: KubeObject[] }): void {
  const { ctx, md, sets } = options;
  const latest = ctx.cache.get('MachineDeployment', md.metadata.namespace, md.metadata.name) ?? md;
  const spec = rec(latest.spec);
  const prior = rec(latest.status);
  const now = ctx.nowIso();
  const machines = sets.flatMap((s) => ctx.cache.listOwnedBy('Machine', s.metadata.uid));
  const counts = countReplicas(machines);
  const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const rolling = rec(rec(rec(spec.rollout).strategy).rollingUpdate);
  const limits = rollingLimits({ replicas: desired, maxSurge: rolling.maxSurge, maxUnavailable: rolling.maxUnavailable });
  const required = Math.max(0, desired - limits.unavailable);
  const available: ConditionInput =
    counts.availableReplicas >= required
      ? { type: 'Available', status: 'True', reason: 'Available' }
      : { type: 'Available', status: 'False', reason: 'NotAvailable', message: `${counts.availableReplicas} available replica${counts.availableReplicas === 1 ? '' : 's'}, at least ${required} required (spec.strategy.rollout.maxUnavailable is ${JSON.stringify(rolling.maxUnavailable ?? 0).replaceAll('"', '')}, spec.replicas is ${desired})` };
  const active = machines.filter((m) => !m.metadata.deletionTimestamp).length;
  const deleting: ConditionInput = latest.metadata.deletionTimestamp ? { type: 'Deleting', status: 'True', reason: 'Deleting', message: sets.length ? `Deleting ${sets.length} MachineSets` : '' } : { type: 'Deleting', status: 'False', reason: 'NotDeleting' };
  const conditions = mergeConditions({
    existing: conditionsOf(latest),
    next: [available, machinesReadyCondition(machines), machinesUpToDateCondition(machines), rollingOut(machines), ...scalingConditions({ current: active, desired }), remediatingCondition(machines), deleting, pausedCondition(ctx, latest)],
    now,
    generation: latest.metadata.generation,
  });
  const phase = latest.metadata.deletionTimestamp ? 'Deleting' : active < desired ? 'ScalingUp' : active > desired ? 'ScalingDown' : counts.readyReplicas === desired ? 'Running' : 'ScalingUp';
  const versions = new Map<string, number>();
  for (const m of machines) {
    const v = str(rec(m.spec).version);
    if (v) versions.set(v, (versions.get(v) ?? 0) + 1);
  }
  ctx.writeStatus(latest, {
    ...prior,
    selector: selectorString(latest),
    ...counts,
    phase,
    versions: [...versions.entries()].sort().map(([version, replicas]) => ({ version, replicas })),
    observedGeneration: latest.metadata.generation ?? 1,
    conditions,
    deprecated: {
      v1beta1: {
        readyReplicas: counts.readyReplicas,
        availableReplicas: counts.availableReplicas,
        updatedReplicas: counts.upToDateReplicas,
        unavailableReplicas: Math.max(0, desired - counts.availableReplicas),
        conditions: mergeV1Beta1Conditions({
          existing: rec(rec(prior.deprecated).v1beta1).conditions,
          now,
          next: [
            { type: 'Ready', status: available.status, reason: 'WaitingForAvailableMachines', severity: 'Warning', message: available.message },
            { type: 'Available', status: available.status, reason: 'WaitingForAvailableMachines', severity: 'Warning', message: available.message },
            { type: 'MachineSetReady', status: counts.readyReplicas >= desired ? 'True' : 'False', reason: 'ScalingUp', severity: 'Warning' },
          ],
        }),
      },
    },
  });
}
