// Which reconcilers a change wakes up, as the real controllers' watches and handlers do
// (owner → reconcile owner, cluster-name label → reconcile Cluster, Cluster changes → its objects).
import type { KubeObject } from '../core/kube-object';
import { INFRA_CLUSTER_KINDS, INFRA_MACHINE_KINDS } from './kinds';
import type { ControllerContext } from './runtime/context';
import { deepEqual, rec } from './runtime/json';
import { clusterNameOf } from './runtime/object-cache';

const CLUSTER_SCOPED_KINDS = ['MachineDeployment', 'MachineSet', 'Machine', 'MachineHealthCheck', 'KubeadmControlPlane', 'KubeadmConfig', ...INFRA_CLUSTER_KINDS, ...INFRA_MACHINE_KINDS];

function settingsChanged(obj: KubeObject, previous: KubeObject | undefined): boolean {
  if (!previous) return true;
  return (
    !deepEqual(obj.spec, previous.spec) ||
    !deepEqual(obj.metadata.annotations, previous.metadata.annotations) ||
    obj.metadata.deletionTimestamp !== previous.metadata.deletionTimestamp ||
    !deepEqual(rec(obj.status).initialization, rec(previous.status).initialization)
  );
}

export function fanOut(options: { ctx: ControllerContext; obj: KubeObject; previous: KubeObject | undefined; deleted: boolean }): void {
  const { ctx, obj, previous } = options;
  const ns = obj.metadata.namespace;
  if (!options.deleted) ctx.enqueue(obj.kind, ns, obj.metadata.name);
  for (const ref of obj.metadata.ownerReferences ?? []) ctx.enqueue(ref.kind, ns, ref.name);
  const cluster = clusterNameOf(obj);
  if (cluster && obj.kind !== 'Cluster') ctx.enqueue('Cluster', ns, cluster);
  // only a changed class (not its status, not the start-up resync) re-runs the topology of its clusters
  if (obj.kind === 'ClusterClass' && previous !== obj && (!previous || !deepEqual(obj.spec, previous.spec))) {
    for (const c of ctx.cache.listKind('Cluster')) if (rec(rec(rec(c.spec).topology).classRef).name === obj.metadata.name) ctx.enqueue('Cluster', c.metadata.namespace, c.metadata.name);
  }
  if (obj.kind === 'Machine' && cluster) {
    for (const mhc of ctx.cache.listByCluster('MachineHealthCheck', ns, cluster)) ctx.enqueue(mhc.kind, ns, mhc.metadata.name);
    const spec = rec(obj.spec);
    for (const ref of [rec(rec(spec.bootstrap).configRef), rec(spec.infrastructureRef)]) {
      if (typeof ref.kind === 'string' && typeof ref.name === 'string') ctx.enqueue(ref.kind, ns, ref.name);
    }
  }
  // Cluster-wide settings (pause, fault annotations, deletion, initialization) reach every object of the cluster.
  if ((obj.kind === 'Cluster' || obj.kind === 'MachineDeployment' || obj.kind === 'KubeadmControlPlane') && cluster && settingsChanged(obj, previous)) {
    for (const kind of CLUSTER_SCOPED_KINDS) for (const o of ctx.cache.listByCluster(kind, ns, cluster)) ctx.enqueue(kind, ns, o.metadata.name);
  }
}
