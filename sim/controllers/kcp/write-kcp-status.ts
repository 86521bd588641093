import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, findCondition, mergeConditions, mergeV1Beta1Conditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { countReplicas, machinesReadyCondition, machinesUpToDateCondition, remediatingCondition, scalingConditions } from '../runtime/replica-status';
import { ETCD_UNHEALTHY } from './control-plane-health';

export interface WriteKcpStatusOptions {
  ctx: ControllerContext;
  kcp: KubeObject;
  machines: KubeObject[];
  blocked: string[];
  badMember?: string;
  waitingFor?: string;
  deleting?: ConditionInput;
  lastRemediation?: Record<string, unknown>;
}

function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.+-]/).map((x) => Number(x) || 0);
  const pb = b.replace(/^v/, '').split(/[.+-]/).map((x) => Number(x) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function writeKcpStatus(o: WriteKcpStatusOptions): void {
  const { ctx, machines } = o;
  const kcp = ctx.cache.get('KubeadmControlPlane', o.kcp.metadata.namespace, o.kcp.metadata.name) ?? o.kcp;
  const prior = rec(kcp.status);
  const spec = rec(kcp.spec);
  const now = ctx.nowIso();
  const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const active = machines.filter((m) => !m.metadata.deletionTimestamp);
  const withNode = active.filter((m) => str(rec(rec(m.status).nodeRef).name));
  const initialized = rec(prior.initialization).controlPlaneInitialized === true || withNode.length > 0;
  const counts = countReplicas(machines);
  const healthyEtcd = withNode.filter((m) => m.metadata.name !== o.badMember).length;
  const quorum = Math.floor(withNode.length / 2) + 1;
  const badMachine = o.badMember ? machines.find((m) => m.metadata.name === o.badMember) : undefined;
  const badNode = str(rec(rec(badMachine?.status).nodeRef).name) ?? o.badMember;
  const etcd: ConditionInput = !initialized
    ? { type: 'EtcdClusterHealthy', status: 'Unknown', reason: 'HealthUnknown', message: 'Waiting for Cluster control plane to be initialized' }
    : o.badMember
      ? { type: 'EtcdClusterHealthy', status: 'False', reason: 'NotHealthy', message: `* Machine ${o.badMember}:\n  * EtcdMemberHealthy: Etcd member ${badNode} is not healthy: ${ETCD_UNHEALTHY}` }
      : { type: 'EtcdClusterHealthy', status: 'True', reason: 'Healthy' };
  const components: ConditionInput = initialized ? { type: 'ControlPlaneComponentsHealthy', status: 'True', reason: 'Healthy' } : { type: 'ControlPlaneComponentsHealthy', status: 'Unknown', reason: 'HealthUnknown', message: 'Waiting for Cluster control plane to be initialized' };
  const availableOk = initialized && healthyEtcd >= quorum && !kcp.metadata.deletionTimestamp;
  const available: ConditionInput = availableOk
    ? { type: 'Available', status: 'True', reason: 'Available' }
    : { type: 'Available', status: 'False', reason: 'NotAvailable', message: kcp.metadata.deletionTimestamp ? '* Control plane metadata.deletionTimestamp is set' : !initialized ? `* Control plane not yet initialized${o.waitingFor ? `\n* ${o.waitingFor}` : ''}` : `* ${healthyEtcd} of ${withNode.length} etcd members are healthy, at least ${quorum} required for etcd quorum` };
  const stale = active.filter((m) => findCondition(m, 'UpToDate')?.status === 'False');
  const rollingOut: ConditionInput = stale.length
    ? { type: 'RollingOut', status: 'True', reason: 'RollingOut', message: [`Rolling out ${stale.length} not up-to-date replica${stale.length > 1 ? 's' : ''}`, ...new Set(stale.map((m) => (findCondition(m, 'UpToDate')?.message ?? '').split('\n')[0] ?? ''))].filter(Boolean).join('\n') }
    : { type: 'RollingOut', status: 'False', reason: 'NotRollingOut' };
  const blocked = o.blocked.length ? o.blocked.join('\n') : undefined;
  const deleting = o.deleting ?? { type: 'Deleting', status: 'False', reason: 'NotDeleting' };
  const conditions = mergeConditions({
    existing: conditionsOf(kcp),
    next: [available, { type: 'CertificatesAvailable', status: 'True', reason: 'Available' }, initialized ? { type: 'Initialized', status: 'True', reason: 'Initialized' } : { type: 'Initialized', status: 'False', reason: 'NotInitialized', message: o.waitingFor ?? 'Control plane not yet initialized' }, etcd, components, machinesReadyCondition(machines), machinesUpToDateCondition(machines), rollingOut, ...scalingConditions({ current: active.length, desired, blockedUp: blocked, blockedDown: blocked }), remediatingCondition(machines), deleting, pausedCondition(ctx, kcp)],
    now,
    generation: kcp.metadata.generation,
  });
  // machines still being deleted count: the control plane is not fully at a version until they are gone
  const versions = [...new Set(machines.map((m) => str(rec(m.spec).version) ?? '').filter(Boolean))].sort(compareVersions);
  const status: Record<string, unknown> = {
    ...prior,
    selector: `cluster.x-k8s.io/cluster-name=${kcp.metadata.labels?.['cluster.x-k8s.io/cluster-name'] ?? ''},cluster.x-k8s.io/control-plane`,
    ...counts,
    observedGeneration: kcp.metadata.generation ?? 1,
    initialization: { controlPlaneInitialized: initialized },
    conditions,
    deprecated: {
      v1beta1: {
        readyReplicas: counts.readyReplicas,
        updatedReplicas: counts.upToDateReplicas,
        unavailableReplicas: Math.max(0, counts.replicas - counts.readyReplicas),
        conditions: mergeV1Beta1Conditions({
          existing: rec(rec(prior.deprecated).v1beta1).conditions,
          now,
          next: [
            { type: 'Ready', status: availableOk ? 'True' : 'False', reason: 'WaitingForKubeadmInit', severity: 'Info' },
            { type: 'Available', status: availableOk ? 'True' : 'False', reason: 'WaitingForKubeadmInit', severity: 'Info' },
            { type: 'CertificatesAvailable', status: 'True' },
            { type: 'MachinesCreated', status: 'True' },
            { type: 'MachinesReady', status: counts.readyReplicas === counts.replicas ? 'True' : 'False', reason: 'NodeProvisioning', severity: 'Info' },
            { type: 'Resized', status: active.length === desired ? 'True' : 'False', reason: active.length < desired ? 'ScalingUp' : 'ScalingDown', severity: 'Warning', message: `Scaling to ${desired} replicas (actual ${active.length})` },
            { type: 'EtcdClusterHealthy', status: etcd.status, reason: 'EtcdClusterUnhealthy', severity: 'Warning', message: etcd.message },
            { type: 'ControlPlaneComponentsHealthy', status: components.status, reason: 'ControlPlaneComponentsInspectionFailed', severity: 'Info' },
          ],
        }),
      },
    },
  };
  if (versions.length) {
    status.version = versions[0];
    status.versions = versions.map((version) => ({ version, replicas: machines.filter((m) => rec(m.spec).version === version).length }));
  }
  if (o.lastRemediation) status.lastRemediation = o.lastRemediation;
  ctx.writeStatus(kcp, status);
}
