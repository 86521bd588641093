import { type InformerFleet } from '@/lib/k8s/informers/create-informer-fleet';
import { type FleetSource, type SourceCache } from './fleet-source';

/** Adapts the shared informers of lib/k8s to the fleet service's input port (looked up lazily:
 * in demo mode the informers appear once the simulator's manifest exists). */
export function createFleetSource(getInformers: () => InformerFleet): FleetSource {
  return {
    managementClusters: () => getInformers().managementClusters().map((status) => status.name),
    caches: (managementCluster) => {
      const informers = getInformers();
      const status = informers.status(managementCluster);
      if (!status) return [];
      const caches: SourceCache[] = [];
      for (const kind of status.kinds) {
        const store = informers.store({ managementCluster, kind: kind.kind, group: kind.group });
        if (!store) continue;
        caches.push({
          key: `${kind.kind}.${kind.group}`,
          kind: kind.kind,
          group: kind.group,
          list: () => store.list(),
          get: (namespace, name) => store.get(namespace, name),
          subscribe: (listener) => store.subscribe((event) => listener({ type: event.type, object: event.object })),
        });
      }
      return caches;
    },
  };
}
