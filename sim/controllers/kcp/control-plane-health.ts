// Health of the control plane components and etcd members, which KCP reads from the workload
// cluster and records on each control-plane Machine (those conditions are its readiness gates).
import type { KubeObject } from '../../core/kube-object';
import { hasFault } from '../faults/active-fault';
import { conditionsOf, findCondition, mergeConditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';

export const CONTROL_PLANE_COMPONENTS = ['APIServerPodHealthy', 'ControllerManagerPodHealthy', 'SchedulerPodHealthy', 'EtcdPodHealthy'];

export const ETCD_UNHEALTHY = 'failed to get answer from etcd member: context deadline exceeded';

/** The member the etcd-unhealthy fault breaks: the oldest control-plane machine with a node. */
export function unhealthyEtcdMember(ctx: ControllerContext, kcp: KubeObject, machines: KubeObject[]): string | undefined {
  if (!hasFault(ctx, kcp, 'etcd-unhealthy')) return undefined;
  const withNode = machines.filter((m) => str(rec(rec(m.status).nodeRef).name)).sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) || a.metadata.name.localeCompare(b.metadata.name));
  return withNode[0]?.metadata.name;
}

export function syncMachineHealth(options: { ctx: ControllerContext; machines: KubeObject[]; badMember: string | undefined }): void {
  const { ctx, machines, badMember } = options;
  for (const m of machines) {
    const node = str(rec(rec(m.status).nodeRef).name);
    if (m.metadata.deletionTimestamp) continue;
    if (!node) {
      // as KCP reports before the Node exists: the same wait as the Machine's NodeHealthy
      const waiting = findCondition(m, 'NodeHealthy')?.message || 'Waiting for a Node to exist';
      const unknown = (type: string): ConditionInput => ({ type, status: 'Unknown', reason: 'InspectionFailed', message: waiting });
      const next = [...CONTROL_PLANE_COMPONENTS, 'EtcdMemberHealthy'].map(unknown);
      ctx.writeStatus(m, { ...rec(m.status), conditions: mergeConditions({ existing: conditionsOf(m), next, now: ctx.nowIso(), generation: m.metadata.generation }) });
      continue;
    }
    const pod = (type: string): ConditionInput => ({ type, status: 'True', reason: 'Running' });
    const etcd: ConditionInput = m.metadata.name === badMember ? { type: 'EtcdMemberHealthy', status: 'False', reason: 'NotHealthy', message: `Etcd member ${node} is not healthy: ${ETCD_UNHEALTHY}` } : { type: 'EtcdMemberHealthy', status: 'True', reason: 'Healthy' };
    const next = [pod('APIServerPodHealthy'), pod('ControllerManagerPodHealthy'), pod('SchedulerPodHealthy'), pod('EtcdPodHealthy'), etcd];
    ctx.writeStatus(m, { ...rec(m.status), conditions: mergeConditions({ existing: conditionsOf(m), next, now: ctx.nowIso(), generation: m.metadata.generation }) });
  }
}
