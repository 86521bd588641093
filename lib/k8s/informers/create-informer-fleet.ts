// All management clusters' informers of this process. Readers get cached data immediately,
// with the management cluster's state and staleness; they never wait on a management cluster.
import type { ManagementClusterEntry } from '../registry/management-cluster-entry';
import type { ManagementClusterStatus } from '../status/management-cluster-status';
import type { K8sObject } from './kube-object';
import type { ObjectCacheReader } from './object-cache';
import { startManagementCluster, type ManagementClusterOptions, type ManagementClusterRuntime } from './start-management-cluster';

export interface KindSelector {
  managementCluster: string;
  kind: string;
  /** API group; when omitted, cluster.x-k8s.io wins over other groups serving the same kind. */
  group?: string;
}

export interface CachedRead {
  items: K8sObject[];
  /** The store's change counter (0 when no informer runs for the kind yet). */
  version: number;
  state: ManagementClusterStatus['state'];
  stale: boolean;
  staleSince: string | null;
  lastSyncAt: string | null;
  /** False until the kind has been listed once: an empty list then means "not known yet". */
  synced: boolean;
}

export interface InformerFleet {
  managementClusters(): ManagementClusterStatus[];
  status(managementCluster: string): ManagementClusterStatus | undefined;
  store(selector: KindSelector): ObjectCacheReader | undefined;
  read(selector: KindSelector): CachedRead;
  stop(): void;
}

function findInformer(runtime: ManagementClusterRuntime, selector: KindSelector) {
  const candidates = runtime.informers().filter((informer) => informer.resource.kind === selector.kind && (selector.group === undefined || informer.resource.group === selector.group));
  return candidates.find((informer) => informer.resource.group === 'cluster.x-k8s.io') ?? candidates[0];
}

export function createInformerFleet(options: { entries: ManagementClusterEntry[] } & ManagementClusterOptions): InformerFleet {
  const { entries, ...runtimeOptions } = options;
  const runtimes = new Map(entries.map((entry) => [entry.name, startManagementCluster({ entry, ...runtimeOptions })]));

  return {
    managementClusters: () => [...runtimes.values()].map((runtime) => runtime.status()),
    status: (name) => runtimes.get(name)?.status(),
    store: (selector) => {
      const runtime = runtimes.get(selector.managementCluster);
      return runtime ? findInformer(runtime, selector)?.cache : undefined;
    },
    read: (selector) => {
      const runtime = runtimes.get(selector.managementCluster);
      if (!runtime) throw new Error(`unknown management cluster "${selector.managementCluster}"`);
      const status = runtime.status();
      const informer = findInformer(runtime, selector);
      const stale = status.state !== 'connected' && status.state !== 'syncing';
      return {
        items: informer?.cache.list() ?? [],
        version: informer?.cache.version() ?? 0,
        state: status.state,
        stale,
        staleSince: status.staleSince,
        lastSyncAt: status.lastSyncAt,
        synced: informer?.status().synced ?? false,
      };
    },
    stop: () => {
      for (const runtime of runtimes.values()) runtime.stop();
    },
  };
}
