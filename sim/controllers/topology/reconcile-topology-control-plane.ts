import type { KubeObject } from '../../core/kube-object';
import { findCondition } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';

/** Propagates replicas and, when the control plane is stable, the version to the KubeadmControlPlane. */
export function reconcileTopologyControlPlane(options: { ctx: ControllerContext; cluster: KubeObject; kcpName: string | undefined }): { upgraded: boolean; pendingMessage?: string } {
  const { ctx, cluster } = options;
  const kcp = options.kcpName ? ctx.cache.get('KubeadmControlPlane', cluster.metadata.namespace, options.kcpName) : undefined;
  if (!kcp) return { upgraded: false };
  const topology = rec(rec(cluster.spec).topology);
  const version = str(topology.version);
  const replicas = rec(topology.controlPlane).replicas;
  const spec = rec(kcp.spec);
  const status = rec(kcp.status);
  const currentVersion = str(spec.version);
  const stable = str(status.version) === currentVersion && findCondition(kcp, 'RollingOut')?.status !== 'True' && findCondition(kcp, 'ScalingUp')?.status !== 'True' && findCondition(kcp, 'ScalingDown')?.status !== 'True';
  const upgrade = currentVersion !== version && stable;
  const replicaChange = typeof replicas === 'number' && replicas !== spec.replicas;
  if (upgrade || replicaChange) {
    ctx.patch(kcp, (d) => void (d.spec = { ...rec(d.spec), ...(upgrade ? { version } : {}), ...(replicaChange ? { replicas } : {}) }));
    ctx.event(cluster, { type: 'Normal', reason: 'TopologyUpdate', message: `Updated KubeadmControlPlane "${kcp.metadata.namespace ?? ''}/${kcp.metadata.name}"${upgrade ? ` with version change from ${currentVersion ?? ''} to ${version ?? ''}` : ''}`, component: 'topology/cluster-controller' });
  }
  if (currentVersion !== version && !upgrade) return { upgraded: false, pendingMessage: `Control plane rollout and upgrade to version ${version ?? ''} on hold. Control plane is upgrading to version ${currentVersion ?? ''}` };
  if (upgrade) return { upgraded: false, pendingMessage: `Control plane is upgrading to version ${version ?? ''}` };
  // before any machine exists there is nothing to roll out
  if (status.version === undefined) return { upgraded: true };
  if (str(status.version) !== version || findCondition(kcp, 'RollingOut')?.status === 'True') return { upgraded: false, pendingMessage: `Control plane is upgrading to version ${version ?? ''}` };
  return { upgraded: true };
}
