import { AppError } from '@/lib/errors/app-error';
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';

export interface CacheDigest {
  managementCluster: string;
  /** Per `Kind.group`: `[namespace/name, uid, resourceVersion]` of every cached object, sorted. */
  kinds: Record<string, [string, string, string][]>;
}

/**
 * What the console holds for a management cluster, as uid + resourceVersion per object, so an
 * operator (or a test) can compare it with `kubectl get -o json` and prove the caches are in sync.
 */
export function getCacheDigest(managementCluster: string): CacheDigest {
  const informers = getInformerFleet();
  const status = informers.status(managementCluster);
  if (!status) throw new AppError({ code: 'not-found', message: `Unknown management cluster ${managementCluster}` });
  const kinds: CacheDigest['kinds'] = {};
  for (const kind of status.kinds) {
    const store = informers.store({ managementCluster, kind: kind.kind, group: kind.group });
    if (!store) continue;
    kinds[`${kind.kind}.${kind.group}`] = store
      .list()
      .map((object): [string, string, string] => [`${object.metadata.namespace ?? ''}/${object.metadata.name}`, object.metadata.uid, object.metadata.resourceVersion])
      .sort((a, b) => a[0].localeCompare(b[0]));
  }
  return { managementCluster, kinds };
}
