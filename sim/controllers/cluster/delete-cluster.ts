// Cluster deletion in the controller's order: workers (MachineDeployments, MachineSets, Machines),
// then the control plane, then the infrastructure cluster; then the finalizer goes.
import type { KubeObject } from '../../core/kube-object';
import { FINALIZER_CLUSTER, LABEL_CLUSTER_NAME, LABEL_CONTROL_PLANE } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { clusterFacts } from './reconcile-cluster';
import { writeClusterStatus } from './write-cluster-status';

function names(objs: KubeObject[]): string {
  const shown = objs.slice(0, 3).map((o) => o.metadata.name).join(', ');
  return objs.length > 3 ? `${shown}, ... (${objs.length - 3} more)` : shown;
}

export function deleteCluster(ctx: ControllerContext, cluster: KubeObject): void {
  const ns = cluster.metadata.namespace;
  const name = cluster.metadata.name;
  const facts = clusterFacts(ctx, cluster);
  for (const mhc of ctx.cache.listByCluster('MachineHealthCheck', ns, name)) ctx.remove(mhc);
  const mds = ctx.cache.listByCluster('MachineDeployment', ns, name);
  const sets = ctx.cache.listByCluster('MachineSet', ns, name);
  const workers = ctx.cache.listByCluster('Machine', ns, name).filter((m) => m.metadata.labels?.[LABEL_CONTROL_PLANE] === undefined);
  const unowned = (o: KubeObject) => !o.metadata.ownerReferences?.some((r) => r.controller);
  if (mds.length || sets.length || workers.length) {
    for (const o of [...mds, ...sets.filter(unowned), ...workers.filter(unowned)]) ctx.remove(o);
    const lines = [mds.length && `* MachineDeployments: ${names(mds)}`, sets.length && `* MachineSets: ${names(sets)}`, workers.length && `* Worker Machines: ${names(workers)}`].filter(Boolean).join('\n');
    return writeClusterStatus(ctx, cluster, { ...facts, deleting: { type: 'Deleting', status: 'True', reason: 'WaitingForWorkersDeletion', message: lines } });
  }
  const cpMachines = ctx.cache.listByCluster('Machine', ns, name);
  if (facts.cp || cpMachines.length) {
    if (facts.cp) ctx.remove(facts.cp);
    else for (const m of cpMachines) ctx.remove(m);
    return writeClusterStatus(ctx, cluster, { ...facts, deleting: { type: 'Deleting', status: 'True', reason: 'WaitingForControlPlaneDeletion', message: `* ${facts.cp ? `${facts.cp.kind} ${facts.cp.metadata.name}` : `Control plane Machines: ${names(cpMachines)}`}` } });
  }
  if (facts.infra) {
    ctx.remove(facts.infra);
    return writeClusterStatus(ctx, cluster, { ...facts, deleting: { type: 'Deleting', status: 'True', reason: 'WaitingForInfrastructureDeletion', message: `* ${facts.infra.kind} ${facts.infra.metadata.name}` } });
  }
  const secrets = ctx.store.list(ctx.gr('Secret'), { namespace: ns, labelSelector: `${LABEL_CLUSTER_NAME}=${name}` }).items;
  for (const s of secrets) ctx.remove(s);
  writeClusterStatus(ctx, cluster, { ...facts, deleting: { type: 'Deleting', status: 'True', reason: 'DeletionCompleted' } });
  ctx.event(cluster, { type: 'Normal', reason: 'Deleted', message: `Cluster ${name} has been deleted`, component: 'cluster-controller' });
  ctx.patch(cluster, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== FINALIZER_CLUSTER)));
}
