import { describe, expect, it } from 'vitest';
import type { CacheEvent } from './cache-event';
import type { K8sObject } from './kube-object';
import { createObjectCache } from './object-cache';

function cluster(name: string, resourceVersion: string, uid = `uid-${name}`): K8sObject {
  return { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name, namespace: 'team-a', uid, resourceVersion } };
}

function record(cache: ReturnType<typeof createObjectCache>): string[] {
  const seen: string[] = [];
  cache.subscribe((event: CacheEvent) => seen.push(`${event.type} ${event.object.metadata.name}@${event.object.metadata.resourceVersion}`));
  return seen;
}

describe('createObjectCache', () => {
  it('replaces its content on relist and emits the add/update/delete difference', () => {
    const cache = createObjectCache();
    cache.replaceAll([cluster('a', '1'), cluster('b', '2'), cluster('c', '3')]);
    const seen = record(cache);
    const before = cache.version();
    cache.replaceAll([cluster('a', '1'), cluster('b', '5'), cluster('d', '6')]);
    expect(seen).toEqual(['deleted c@3', 'updated b@5', 'added d@6']);
    expect(cache.list().map((object) => object.metadata.name).sort()).toEqual(['a', 'b', 'd']);
    expect(cache.version()).toBe(before + 3);
  });

  it('shows listeners the new content already swapped in during a relist', () => {
    const cache = createObjectCache();
    cache.replaceAll([cluster('a', '1')]);
    const sizes: number[] = [];
    cache.subscribe(() => sizes.push(cache.size()));
    cache.replaceAll([cluster('b', '2'), cluster('c', '3')]);
    expect(sizes).toEqual([2, 2, 2]);
  });

  it('applies watch events and ignores a replay of the same resourceVersion', () => {
    const cache = createObjectCache();
    const seen = record(cache);
    cache.upsert(cluster('a', '1'));
    cache.upsert(cluster('a', '1'));
    cache.upsert(cluster('a', '2'));
    cache.remove(cluster('a', '3'));
    cache.remove(cluster('a', '3'));
    expect(seen).toEqual(['added a@1', 'updated a@2', 'deleted a@2']);
    expect(cache.get('team-a', 'a')).toBeUndefined();
  });

  it('finds objects by namespace and name', () => {
    const cache = createObjectCache();
    cache.upsert(cluster('a', '1'));
    expect(cache.get('team-a', 'a')?.metadata.resourceVersion).toBe('1');
    expect(cache.get('team-b', 'a')).toBeUndefined();
  });

  it('drops the oldest objects beyond maxObjects', () => {
    const cache = createObjectCache({ maxObjects: 2 });
    const seen = record(cache);
    cache.upsert(cluster('a', '1'));
    cache.upsert(cluster('b', '2'));
    cache.upsert(cluster('a', '3'));
    cache.upsert(cluster('c', '4'));
    expect(cache.list().map((object) => object.metadata.name)).toEqual(['a', 'c']);
    expect(seen.at(-1)).toBe('deleted b@2');
  });

  it('stops notifying after unsubscribe', () => {
    const cache = createObjectCache();
    const seen: string[] = [];
    const unsubscribe = cache.subscribe((event) => seen.push(event.type));
    cache.upsert(cluster('a', '1'));
    unsubscribe();
    cache.upsert(cluster('a', '2'));
    expect(seen).toEqual(['added']);
  });
});
