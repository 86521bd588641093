// MachineHealthCheck controller: evaluates target Machines, marks unhealthy ones
// (HealthCheckSucceeded=False, OwnerRemediated=False) unless too many are unhealthy.
import type { KubeObject } from '../../core/kube-object';
import { resolveIntOrPercent } from '../machine-deployment/rollout-plan';
import { conditionsOf, findCondition, mergeConditions, mergeV1Beta1Conditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { clusterOf, pausedCondition } from '../runtime/paused';
import { evaluateTarget } from './evaluate-target';

const COMPONENT = 'machinehealthcheck-controller';

function matches(machine: KubeObject, selector: Record<string, unknown>): boolean {
  return Object.entries(selector).every(([k, v]) => machine.metadata.labels?.[k] === v);
}

function inRange(range: string, count: number): boolean {
  const m = /^\[(\d+)-(\d+)\]$/.exec(range.trim());
  return !m || (count >= Number(m[1]) && count <= Number(m[2]));
}

export function reconcileMachineHealthCheck(ctx: ControllerContext, mhc: KubeObject): void {
  const paused = pausedCondition(ctx, mhc);
  const spec = rec(mhc.spec);
  const cluster = clusterOf(ctx, mhc);
  const prior = rec(mhc.status);
  if (paused.status === 'True' || mhc.metadata.deletionTimestamp) return void ctx.writeStatus(mhc, { ...prior, conditions: mergeConditions({ existing: conditionsOf(mhc), next: [paused], now: ctx.nowIso() }) });
  const clusterName = str(spec.clusterName) ?? '';
  const selector = rec(rec(spec.selector).matchLabels);
  const targets = ctx.cache.listByCluster('Machine', mhc.metadata.namespace, clusterName).filter((m) => matches(m, selector) && !m.metadata.deletionTimestamp);
  const now = ctx.clock.now().getTime();
  const clusterReady = rec(rec(cluster?.status).initialization).controlPlaneInitialized === true;
  const results = targets.map((machine) => ({ machine, health: clusterReady ? evaluateTarget({ machine, checks: rec(spec.checks), now }) : undefined }));
  const unhealthy = results.filter((r) => r.health && !r.health.healthy);
  const triggerIf = rec(rec(spec.remediation).triggerIf);
  const maxUnhealthy = triggerIf.unhealthyLessThanOrEqualTo === undefined ? targets.length : resolveIntOrPercent(triggerIf.unhealthyLessThanOrEqualTo, targets.length, false);
  const range = str(triggerIf.unhealthyInRange);
  const allowed = range ? inRange(range, unhealthy.length) : unhealthy.length <= maxUnhealthy;
  const limit = range ? `unhealthyInRange: ${range}` : `unhealthyLessThanOrEqualTo: ${JSON.stringify(triggerIf.unhealthyLessThanOrEqualTo ?? '100%').replaceAll('"', '')}`;
  const remediation: ConditionInput = allowed
    ? { type: 'RemediationAllowed', status: 'True', reason: 'RemediationAllowed' }
    : { type: 'RemediationAllowed', status: 'False', reason: 'TooManyUnhealthy', message: `Remediation is not allowed, the number of not started or unhealthy machines does not respect the ${range ? 'unhealthyInRange' : 'unhealthyLessThanOrEqualTo'} (total: ${targets.length}, unhealthy: ${unhealthy.length}, ${limit})` };
  if (!allowed) ctx.event(mhc, { type: 'Warning', reason: 'RemediationRestricted', message: remediation.message ?? '', component: COMPONENT });
  // no polling: machine changes wake the MHC; a timer is only needed while a timeout is running
  let recheck: number | undefined;
  for (const { machine, health } of results) {
    if (!health) continue;
    if (health.recheckInMs !== undefined) recheck = Math.min(recheck ?? Infinity, Math.max(1000, health.recheckInMs));
    const next: ConditionInput[] = [health.condition];
    const wasHealthy = findCondition(machine, 'HealthCheckSucceeded')?.status !== 'False';
    if (!health.healthy && allowed && findCondition(machine, 'OwnerRemediated')?.status !== 'False') next.push({ type: 'OwnerRemediated', status: 'False', reason: 'WaitingForRemediation', message: 'Waiting for remediation' });
    const conditions = mergeConditions({ existing: conditionsOf(machine), next, now: ctx.nowIso(), generation: machine.metadata.generation });
    const written = ctx.writeStatus(machine, { ...rec(machine.status), conditions: health.healthy ? conditions.filter((c) => c.type !== 'OwnerRemediated') : conditions });
    if (written && !health.healthy && wasHealthy) {
      const node = str(rec(rec(machine.status).nodeRef).name);
      ctx.event(machine, { type: 'Normal', reason: 'MachineMarkedUnhealthy', message: `Machine ${mhc.metadata.namespace ?? ''}/${mhc.metadata.name}/${machine.metadata.name}/${node ?? ''} has been marked as unhealthy by ${mhc.metadata.name}`, component: COMPONENT });
      if (node) ctx.event(machine, { type: 'Normal', reason: 'DetectedUnhealthy', message: `Machine ${mhc.metadata.namespace ?? ''}/${mhc.metadata.name}/${machine.metadata.name}/${node} has unhealthy Node ${node}`, component: COMPONENT });
    }
  }
  const healthy = results.filter((r) => r.health?.healthy).length;
  ctx.writeStatus(mhc, {
    ...prior,
    expectedMachines: targets.length,
    currentHealthy: healthy,
    remediationsAllowed: allowed ? Math.max(0, maxUnhealthy - unhealthy.length) : 0,
    observedGeneration: mhc.metadata.generation ?? 1,
    targets: targets.map((m) => m.metadata.name).sort(),
    conditions: mergeConditions({ existing: conditionsOf(mhc), next: [remediation, paused], now: ctx.nowIso(), generation: mhc.metadata.generation }),
    deprecated: { v1beta1: { conditions: mergeV1Beta1Conditions({ existing: rec(rec(prior.deprecated).v1beta1).conditions, now: ctx.nowIso(), next: [{ type: 'RemediationAllowed', status: remediation.status, reason: 'TooManyUnhealthy', severity: 'Warning', message: remediation.message }] }) } },
  });
  if (recheck !== undefined) ctx.requeueAfter(mhc, recheck);
}
