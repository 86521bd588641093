import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { getFleetView } from './get-fleet-view';
import { type ManagementClusterView, type ProviderView } from './management-cluster-view';

function readProvider(object: Record<string, unknown>): ProviderView {
  const metadata = (object.metadata ?? {}) as { name?: string; namespace?: string };
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  return { name: str(object.providerName) || str(metadata.name), type: str(object.type), version: str(object.version), namespace: str(metadata.namespace) };
}

/** Every configured management cluster with its connection state; answers from memory at once. */
export function listManagementClusters(): ManagementClusterView[] {
  const informers = getInformerFleet();
  const counts = getFleetView().countsByManagementCluster;
  return informers.managementClusters().map((status) => ({
    name: status.name,
    displayName: status.displayName,
    labels: status.labels,
    status: status.state,
    message: status.error,
    lastSyncAt: status.lastSyncAt,
    staleSince: status.staleSince,
    capiApiVersion: status.capiVersion,
    capiServedVersions: status.capiServedVersions,
    providers: informers
      .read({ managementCluster: status.name, kind: 'Provider', group: 'clusterctl.cluster.x-k8s.io' })
      .items.map((item) => readProvider(item as unknown as Record<string, unknown>))
      .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)),
    clusterCount: counts.get(status.name) ?? 0,
  }));
}
