// ClusterClasses of every management cluster from the process-wide informer caches (never a live
// call per request: the catalog page must not wait on a slow management cluster).
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import type { ClassObject } from './class-object';

export function readClassObjects(): ClassObject[] {
  const fleet = getInformerFleet();
  const out: ClassObject[] = [];
  for (const status of fleet.managementClusters()) {
    const store = fleet.store({ managementCluster: status.name, kind: 'ClusterClass', group: 'cluster.x-k8s.io' });
    for (const object of store?.list() ?? []) out.push({ managementCluster: status.name, object });
  }
  return out;
}

/** Whether the management cluster's ClusterClasses have been listed at least once (an absent class then really is absent). */
export function classesListed(managementCluster: string): boolean {
  const status = getInformerFleet()
    .managementClusters()
    .find((candidate) => candidate.name === managementCluster);
  if (!status) return true;
  return status.kinds.some((kind) => kind.kind === 'ClusterClass' && kind.synced);
}
