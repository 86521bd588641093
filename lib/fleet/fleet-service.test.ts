import { describe, expect, it } from 'vitest';
import { makeClusterSet } from '@/lib/capi/__fixtures__/make-cluster-set';
import { type FleetChange } from './fleet-change-log';
import { FleetService } from './fleet-service';
import { type FleetSource, type SourceCache, type SourceEvent, type SourceObject } from './fleet-source';

/** An in-memory stand-in for the informer caches (the service's input port, not Kubernetes). */
function createSource() {
  const caches = new Map<string, { group: string; objects: Map<string, SourceObject>; listeners: Set<(event: SourceEvent) => void> }>();
  const cacheFor = (object: SourceObject) => {
    let cache = caches.get(object.kind);
    if (!cache) caches.set(object.kind, (cache = { group: object.apiVersion.split('/')[0] ?? '', objects: new Map(), listeners: new Set() }));
    return cache;
  };
  const source: FleetSource = {
    managementClusters: () => ['mgmt-a'],
    caches: () =>
      [...caches.entries()].map(([kind, cache]): SourceCache => ({
        key: kind,
        kind,
        group: cache.group,
        list: () => [...cache.objects.values()],
        get: (namespace, name) => [...cache.objects.values()].find((object) => object.metadata.namespace === namespace && object.metadata.name === name),
        subscribe: (listener) => {
          cache.listeners.add(listener);
          return () => cache.listeners.delete(listener);
        },
      })),
  };
  const put = (object: SourceObject) => {
    const cache = cacheFor(object);
    const type = cache.objects.has(object.metadata.uid) ? 'updated' : 'added';
    cache.objects.set(object.metadata.uid, object);
    for (const listener of cache.listeners) listener({ type, object });
  };
  const remove = (object: SourceObject) => {
    const cache = cacheFor(object);
    cache.objects.delete(object.metadata.uid);
    for (const listener of cache.listeners) listener({ type: 'deleted', object });
  };
  return { source, put, remove };
}

const asSource = (objects: Record<string, unknown>[]) => objects as unknown as SourceObject[];

describe('FleetService', () => {
  it('summarizes every cluster present in the caches when it starts', () => {
    const { source, put } = createSource();
    for (const object of asSource(makeClusterSet({ version: 'v1beta2', name: 'pay-1', namespace: 'team-payments' }).all())) put(object);
    for (const object of asSource(makeClusterSet({ version: 'v1beta1', name: 'search-1', namespace: 'team-search' }).all())) put(object);
    const service = new FleetService({ source, namespaceTeams: new Map([['team-payments', 'payments']]) });
    service.tick();
    const summaries = [...service.allSummaries()];
    expect(summaries.map((summary) => summary.id).sort()).toEqual(['mgmt-a/team-payments/pay-1', 'mgmt-a/team-search/search-1']);
    expect(service.summary('mgmt-a/team-payments/pay-1')?.team).toBe('payments');
    expect(service.summary('mgmt-a/team-search/search-1')?.servedVersion).toBe('v1beta1');
  });

  it('coalesces changes into one versioned change and recomputes only the touched cluster', () => {
    const { source, put, remove } = createSource();
    const a = makeClusterSet({ version: 'v1beta2', name: 'a' });
    const b = makeClusterSet({ version: 'v1beta2', name: 'b' });
    for (const object of asSource([...a.all(), ...b.all()])) put(object);
    const service = new FleetService({ source, namespaceTeams: new Map() });
    service.tick();
    const changes: FleetChange[] = [];
    service.subscribe((change) => changes.push(change));
    const versionBefore = service.version();
    const machine = asSource(a.machines)[0];
    if (!machine) throw new Error('fixture has machines');
    put({ ...machine, metadata: { ...machine.metadata, resourceVersion: '999' } });
    put({ ...machine, metadata: { ...machine.metadata, resourceVersion: '1000' } });
    service.tick();
    expect(changes).toEqual([{ version: versionBefore + 1, changed: ['mgmt-a/default/a'], removed: [], at: expect.any(Number) as number }]);
    remove(asSource([b.cluster])[0] as SourceObject);
    service.tick();
    expect(changes.at(-1)?.removed).toEqual(['mgmt-a/default/b']);
    expect(service.changesSince(versionBefore)?.length).toBe(2);
  });

  it('picks up a kind whose informer appears after start within ten ticks', () => {
    const { source, put } = createSource();
    const service = new FleetService({ source, namespaceTeams: new Map() });
    service.tick();
    for (const object of asSource(makeClusterSet({ version: 'v1beta2', name: 'late' }).all())) put(object);
    for (let tick = 0; tick < 10; tick += 1) service.tick();
    expect(service.summary('mgmt-a/default/late')).toBeDefined();
  });

  it('reads the raw objects of one cluster from the caches on demand, never from a copy of its own', () => {
    const { source, put } = createSource();
    const set = makeClusterSet({ version: 'v1beta2', name: 'pay-1', namespace: 'team-payments' });
    for (const object of asSource(set.all())) put(object);
    const service = new FleetService({ source, namespaceTeams: new Map() });
    service.tick();
    const raw = service.rawObjects({ managementCluster: 'mgmt-a', namespace: 'team-payments', name: 'pay-1' });
    const ids = (objects: SourceObject[]) => objects.map((object) => `${object.kind}/${object.metadata.name}`).sort();
    // The ClusterClass is shared by clusters, not part of one.
    expect(ids(raw)).toEqual(ids(asSource(set.all()).filter((object) => object.kind !== 'ClusterClass')));
    const machine = asSource(set.machines)[0] as SourceObject;
    put({ ...machine, metadata: { ...machine.metadata, resourceVersion: '4242' } });
    service.tick();
    expect(service.rawObjects({ managementCluster: 'mgmt-a', namespace: 'team-payments', name: 'pay-1' }).find((object) => object.kind === 'Machine' && object.metadata.uid === machine.metadata.uid)?.metadata.resourceVersion).toBe('4242');
  });
});
