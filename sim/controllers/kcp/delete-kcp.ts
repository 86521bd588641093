import type { KubeObject } from '../../core/kube-object';
import { FINALIZER_KCP, LABEL_CONTROL_PLANE } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { writeKcpStatus } from './write-kcp-status';

/** KCP deletes its machines only after all worker machines of the cluster are gone. */
export function deleteKcp(ctx: ControllerContext, kcp: KubeObject, machines: KubeObject[]): void {
  const ns = kcp.metadata.namespace;
  const cluster = kcp.metadata.labels?.['cluster.x-k8s.io/cluster-name'] ?? '';
  const mds = ctx.cache.listByCluster('MachineDeployment', ns, cluster);
  const sets = ctx.cache.listByCluster('MachineSet', ns, cluster);
  const workers = ctx.cache.listByCluster('Machine', ns, cluster).filter((m) => m.metadata.labels?.[LABEL_CONTROL_PLANE] === undefined);
  if (mds.length || sets.length || workers.length) {
    const lines = [mds.length && `* MachineDeployments: ${mds.map((o) => o.metadata.name).join(', ')}`, sets.length && `* MachineSets: ${sets.map((o) => o.metadata.name).join(', ')}`, workers.length && `* Worker Machines: ${workers.map((o) => o.metadata.name).slice(0, 3).join(', ')}${workers.length > 3 ? `, ... (${workers.length - 3} more)` : ''}`].filter(Boolean);
    return writeKcpStatus({ ctx, kcp, machines, blocked: [], deleting: { type: 'Deleting', status: 'True', reason: 'WaitingForWorkersDeletion', message: `KubeadmControlPlane deletion blocked because following objects still exist:\n${lines.join('\n')}` } });
  }
  for (const m of machines) ctx.remove(m);
  if (machines.length) return writeKcpStatus({ ctx, kcp, machines, blocked: [], deleting: { type: 'Deleting', status: 'True', reason: 'WaitingForMachineDeletion', message: `Deleting ${machines.length} Machine${machines.length > 1 ? 's' : ''}` } });
  writeKcpStatus({ ctx, kcp, machines, blocked: [], deleting: { type: 'Deleting', status: 'True', reason: 'DeletionCompleted' } });
  ctx.patch(kcp, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== FINALIZER_KCP)));
}
