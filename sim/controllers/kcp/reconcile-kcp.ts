// KubeadmControlPlane controller: creates control-plane Machines one at a time (init, then join),
// scales and rolls out (maxSurge 1) only when preflight checks pass, remediates unhealthy machines.
import type { KubeObject } from '../../core/kube-object';
import { FINALIZER_KCP } from '../kinds';
import { markOwnerRemediating } from '../machine-health-check/mark-owner-remediating';
import { isTrue } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { clusterOf, isPaused } from '../runtime/paused';
import { isBeingRemediated } from '../runtime/replica-status';
import { syncMachineHealth, unhealthyEtcdMember } from './control-plane-health';
import { createControlPlaneMachine } from './create-control-plane-machine';
import { deleteKcp } from './delete-kcp';
import { ensureClusterCertificates } from './ensure-cluster-certificates';
import { writeKcpStatus } from './write-kcp-status';

const COMPONENT = 'kubeadmcontrolplane-controller';

function preflight(machines: KubeObject[], deleting: KubeObject[], badMember: string | undefined): string[] {
  const issues: string[] = [];
  for (const m of deleting) issues.push(`* Waiting for Machine ${m.metadata.name} to be deleted`);
  for (const m of machines) {
    if (!str(rec(rec(m.status).nodeRef).name)) issues.push(`* Machine ${m.metadata.name} does not have a corresponding Node yet (Machine.status.nodeRef not set)`);
    else if (m.metadata.name === badMember) issues.push(`* Machine ${m.metadata.name} reports EtcdMemberHealthy condition is False`);
    else if (!isTrue(m, 'Ready')) issues.push(`* Machine ${m.metadata.name} is not ready`);
  }
  return issues;
}

export function reconcileKcp(ctx: ControllerContext, kcp: KubeObject): void {
  const all = ctx.cache.listOwnedBy('Machine', kcp.metadata.uid);
  const cluster = clusterOf(ctx, kcp);
  if (isPaused(ctx, kcp)) return writeKcpStatus({ ctx, kcp, machines: all, blocked: [] });
  if (kcp.metadata.deletionTimestamp) return deleteKcp(ctx, kcp, all);
  if (!kcp.metadata.finalizers?.includes(FINALIZER_KCP)) ctx.patch(kcp, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), FINALIZER_KCP]));
  const clusterStatus = rec(cluster?.status);
  if (!cluster || rec(clusterStatus.initialization).infrastructureProvisioned !== true || !str(rec(rec(cluster.spec).controlPlaneEndpoint).host)) {
    return writeKcpStatus({ ctx, kcp, machines: all, blocked: [], waitingFor: 'Waiting for Cluster status.initialization.infrastructureProvisioned to be true' });
  }
  ensureClusterCertificates(ctx, kcp, cluster);
  const badMember = unhealthyEtcdMember(ctx, kcp, all);
  syncMachineHealth({ ctx, machines: all, badMember });
  const active = all.filter((m) => !m.metadata.deletionTimestamp);
  const deleting = all.filter((m) => m.metadata.deletionTimestamp);
  const initialized = rec(rec(kcp.status).initialization).controlPlaneInitialized === true || active.some((m) => str(rec(rec(m.status).nodeRef).name));
  const spec = rec(kcp.spec);
  const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const version = str(spec.version);
  const outdated = active.filter((m) => str(rec(m.spec).version) !== version);
  const blocked = preflight(active, deleting, badMember);
  const create = (init: boolean): void => {
    try {
      const m = createControlPlaneMachine({ ctx, kcp, cluster, machines: active, init });
      ctx.event(kcp, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created Machine ${m.metadata.name}`, component: COMPONENT });
    } catch (error) {
      ctx.event(kcp, { type: 'Warning', reason: 'FailedCreate', message: `Failed to create Machine: ${error instanceof Error ? error.message : String(error)}`, component: COMPONENT });
      ctx.requeueAfter(kcp, ctx.durations.retryMs);
    }
  };
  const remove = (m: KubeObject, why: string): void => {
    ctx.remove(m);
    ctx.event(kcp, { type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted Machine ${m.metadata.name} (${why})`, component: COMPONENT });
  };
  const unhealthy = active.find(isBeingRemediated);
  if (unhealthy && !deleting.length && (active.length > 1 || !initialized)) {
    markOwnerRemediating(ctx, unhealthy);
    remove(unhealthy, 'remediation');
    const last = rec(rec(kcp.status).lastRemediation);
    writeKcpStatus({ ctx, kcp, machines: ctx.cache.listOwnedBy('Machine', kcp.metadata.uid), blocked, lastRemediation: { machine: unhealthy.metadata.name, time: ctx.nowIso(), retryCount: Number(last.retryCount ?? -1) + 1 } });
    return;
  }
  const oldest = (ms: KubeObject[]) => [...ms].sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) || a.metadata.name.localeCompare(b.metadata.name))[0];
  if (!active.length && !deleting.length) create(true);
  else if (!initialized) {
    // the first machine must finish kubeadm init before any other joins
  } else if (!blocked.length) {
    if (active.length < desired) create(false);
    else if (outdated.length && active.length <= desired) create(false);
    else if (outdated.length && active.length > desired) remove(oldest(outdated) ?? outdated[0]!, 'rollout');
    else if (active.length > desired) remove(oldest(active)!, 'scale down');
  }
  writeKcpStatus({ ctx, kcp, machines: ctx.cache.listOwnedBy('Machine', kcp.metadata.uid), blocked, badMember });
}
