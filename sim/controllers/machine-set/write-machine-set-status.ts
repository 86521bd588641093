import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, mergeConditions, mergeV1Beta1Conditions } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { countReplicas, machinesReadyCondition, machinesUpToDateCondition, remediatingCondition, scalingConditions, selectorString } from '../runtime/replica-status';

export function writeMachineSetStatus(options: { ctx: ControllerContext; ms: KubeObject; machines: KubeObject[] }): void {
  const { ctx, ms, machines } = options;
  const latest = ctx.cache.get('MachineSet', ms.metadata.namespace, ms.metadata.name) ?? ms;
  const prior = rec(latest.status);
  const now = ctx.nowIso();
  const counts = countReplicas(machines);
  const active = machines.filter((m) => !m.metadata.deletionTimestamp);
  const desired = typeof rec(latest.spec).replicas === 'number' ? Number(rec(latest.spec).replicas) : 1;
  const deleting = latest.metadata.deletionTimestamp
    ? { type: 'Deleting', status: 'True' as const, reason: 'Deleting', message: machines.length ? `Deleting ${machines.length} Machine${machines.length > 1 ? 's' : ''}` : '' }
    : { type: 'Deleting', status: 'False' as const, reason: 'NotDeleting' };
  const conditions = mergeConditions({
    existing: conditionsOf(latest),
    next: [...scalingConditions({ current: active.length, desired }), machinesReadyCondition(machines), machinesUpToDateCondition(machines), remediatingCondition(machines), deleting, pausedCondition(ctx, latest)],
    now,
    generation: latest.metadata.generation,
  });
  const resized = active.length === desired;
  ctx.writeStatus(latest, {
    ...prior,
    selector: selectorString(latest),
    ...counts,
    observedGeneration: latest.metadata.generation ?? 1,
    conditions,
    deprecated: {
      v1beta1: {
        readyReplicas: counts.readyReplicas,
        availableReplicas: counts.availableReplicas,
        fullyLabeledReplicas: counts.replicas,
        conditions: mergeV1Beta1Conditions({
          existing: rec(rec(prior.deprecated).v1beta1).conditions,
          now,
          next: [
            { type: 'Ready', status: counts.readyReplicas === desired ? 'True' : 'False', reason: 'MachinesReady', severity: 'Info' },
            { type: 'MachinesCreated', status: 'True' },
            { type: 'MachinesReady', status: counts.readyReplicas === counts.replicas ? 'True' : 'False', reason: 'NodeProvisioning', severity: 'Info' },
            { type: 'Resized', status: resized ? 'True' : 'False', reason: active.length < desired ? 'ScalingUp' : 'ScalingDown', severity: 'Warning', message: `Scaling ${active.length < desired ? 'up' : 'down'} MachineSet to ${desired} replicas (actual ${active.length})` },
          ],
        }),
      },
    },
  });
}
