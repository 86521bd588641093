import type { KubeObject } from '../../core/kube-object';
import { activeFault } from '../faults/active-fault';
import { LABEL_CONTROL_PLANE } from '../kinds';
import { aggregateCondition, summarize } from '../runtime/aggregate';
import { conditionsOf, findCondition, mergeConditions, mergeV1Beta1Conditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { controlPlaneAvailable, infrastructureReady, replicaSummary, summaryOf, versionSummary, workersAvailable } from './cluster-conditions';

export interface ClusterFacts {
  infraRef: Record<string, unknown> | undefined;
  infra: KubeObject | undefined;
  infraProvisioned: boolean;
  cpRef: Record<string, unknown> | undefined;
  cp: KubeObject | undefined;
  cpInitialized: boolean;
  deleting?: ConditionInput;
}

function machineConditions(ctx: ControllerContext, cluster: KubeObject): ConditionInput[] {
  const machines = ctx.cache.listByCluster('Machine', cluster.metadata.namespace, cluster.metadata.name);
  const cp = machines.filter((m) => m.metadata.labels?.[LABEL_CONTROL_PLANE] !== undefined);
  const workers = machines.filter((m) => m.metadata.labels?.[LABEL_CONTROL_PLANE] === undefined);
  const agg = (type: string, source: string, objects: KubeObject[], ok: string) => aggregateCondition({ type, sourceType: source, objects, noun: 'Machine', reasons: { ok, notOk: `Not${ok}`, unknown: `${ok}Unknown`, none: 'NoReplicas' } });
  return [agg('ControlPlaneMachinesReady', 'Ready', cp, 'Ready'), agg('WorkerMachinesReady', 'Ready', workers, 'Ready'), agg('ControlPlaneMachinesUpToDate', 'UpToDate', cp, 'UpToDate'), agg('WorkerMachinesUpToDate', 'UpToDate', workers, 'UpToDate')];
}

function phaseOf(cluster: KubeObject, f: ClusterFacts): string {
  if (cluster.metadata.deletionTimestamp) return 'Deleting';
  if (f.infraProvisioned && str(rec(rec(cluster.spec).controlPlaneEndpoint).host)) return 'Provisioned';
  if (f.infraRef || f.cpRef) return 'Provisioning';
  return 'Pending';
}

export function writeClusterStatus(ctx: ControllerContext, input: KubeObject, f: ClusterFacts): void {
  const cluster = ctx.cache.get('Cluster', input.metadata.namespace, input.metadata.name) ?? input;
  const prior = rec(cluster.status);
  const now = ctx.nowIso();
  const topology = rec(cluster.spec).topology !== undefined;
  const mds = ctx.cache.listByCluster('MachineDeployment', cluster.metadata.namespace, cluster.metadata.name);
  const probeOk = f.cpInitialized && activeFault(ctx, cluster) !== 'no-control-plane-endpoint';
  const base: ConditionInput[] = [
    infrastructureReady({ ref: f.infraRef, infra: f.infra, provisioned: f.infraProvisioned, topology }),
    f.cpInitialized ? { type: 'ControlPlaneInitialized', status: 'True', reason: 'Initialized' } : { type: 'ControlPlaneInitialized', status: 'False', reason: 'NotInitialized', message: 'Control plane not yet initialized' },
    controlPlaneAvailable({ ref: f.cpRef, cp: f.cp, topology }),
    workersAvailable(mds),
    probeOk ? { type: 'RemoteConnectionProbe', status: 'True', reason: 'ProbeSucceeded' } : { type: 'RemoteConnectionProbe', status: 'False', reason: 'ProbeFailed', message: 'Remote connection not established yet' },
    ...machineConditions(ctx, cluster),
    ...['RollingOut', 'ScalingUp', 'ScalingDown', 'Remediating'].map((t) => summaryOf(t, [...(f.cp ? [f.cp] : []), ...mds])),
    f.deleting ?? { type: 'Deleting', status: 'False', reason: 'NotDeleting' },
    pausedCondition(ctx, cluster),
  ];
  const draft = { ...cluster, status: { conditions: mergeConditions({ existing: conditionsOf(cluster), next: base, now }) } };
  const topologyCond = findCondition(draft, 'TopologyReconciled');
  const topologyBlocks = topologyCond?.status === 'False' && ['ReconcileFailed', 'ClusterClassNotReconciled'].includes(topologyCond.reason ?? '');
  const available = summarize({ type: 'Available', obj: draft, parts: [{ type: 'Deleting', negative: true }, { type: 'RemoteConnectionProbe' }, { type: 'InfrastructureReady' }, { type: 'ControlPlaneAvailable' }, { type: 'WorkersAvailable' }, ...(topologyBlocks ? [{ type: 'TopologyReconciled' }] : [])], reasons: { ok: 'Available', notOk: 'NotAvailable', unknown: 'AvailableUnknown' } });
  const conditions = mergeConditions({ existing: conditionsOf(cluster), next: [available, ...base], now, generation: cluster.metadata.generation });
  const phase = phaseOf(cluster, f);
  const status: Record<string, unknown> = {
    ...prior,
    observedGeneration: cluster.metadata.generation ?? 1,
    phase,
    initialization: { infrastructureProvisioned: f.infraProvisioned, controlPlaneInitialized: f.cpInitialized },
    conditions,
    workers: withVersions(replicaSummary(mds, (md) => Number(rec(md.spec).replicas ?? 0)), versionSummary(mds)),
    deprecated: {
      v1beta1: {
        conditions: mergeV1Beta1Conditions({
          existing: rec(rec(prior.deprecated).v1beta1).conditions,
          now,
          next: [
            { type: 'Ready', status: available.status === 'True' ? 'True' : 'False', reason: f.infraProvisioned ? 'WaitingForControlPlane' : 'WaitingForInfrastructure', severity: 'Info' },
            { type: 'ControlPlaneInitialized', status: f.cpInitialized ? 'True' : 'False', reason: 'WaitingForControlPlaneProviderInitialized', severity: 'Info', message: 'Waiting for control plane provider to indicate the control plane has been initialized' },
            { type: 'ControlPlaneReady', status: findCondition(draft, 'ControlPlaneAvailable')?.status === 'True' ? 'True' : 'False', reason: 'WaitingForControlPlane', severity: 'Info' },
            { type: 'InfrastructureReady', status: f.infraProvisioned ? 'True' : 'False', reason: 'WaitingForInfrastructure', severity: 'Info' },
          ],
        }),
      },
    },
  };
  if (f.cp) status.controlPlane = withVersions(replicaSummary([f.cp], (cp) => Number(rec(cp.spec).replicas ?? 0)), versionSummary([f.cp]));
  const domains = list(rec(f.infra?.status).failureDomains);
  if (domains.length) status.failureDomains = domains;
  if (ctx.writeStatus(cluster, status) && str(prior.phase) !== phase) {
    ctx.event(cluster, { type: 'Normal', reason: phase, message: `Cluster ${cluster.metadata.name} is ${phase}`, component: 'cluster-controller' });
  }
}

function withVersions(counts: Record<string, number>, versions: { version: string; replicas: number }[]): Record<string, unknown> {
  return versions.length ? { ...counts, versions } : counts;
}
