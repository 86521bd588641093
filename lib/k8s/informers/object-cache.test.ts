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

  const machine = (name: string, uid: string, resourceVersion: string): K8sObject => ({ apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: { name, namespace: 'ns', uid, resourceVersion } });

  describe.each(['compact', 'parsed'] as const)('with %s storage, a relist', (storage) => {
    it.each([
      { case: 'nothing changed', previous: [machine('a', 'u1', '1')], next: [machine('a', 'u1', '1')], expected: [] },
      { case: 'an object appeared', previous: [], next: [machine('a', 'u1', '1')], expected: ['added a u1'] },
      { case: 'an object disappeared', previous: [machine('a', 'u1', '1')], next: [], expected: ['deleted a u1'] },
      { case: 'an object changed', previous: [machine('a', 'u1', '1')], next: [machine('a', 'u1', '7')], expected: ['updated a u1'] },
      { case: 'an object was recreated with a new uid', previous: [machine('a', 'u1', '1')], next: [machine('a', 'u2', '9')], expected: ['deleted a u1', 'added a u2'] },
      {
        case: 'a mix of everything',
        previous: [machine('keep', 'k', '1'), machine('gone', 'g', '2'), machine('change', 'c', '3')],
        next: [machine('keep', 'k', '1'), machine('change', 'c', '4'), machine('new', 'n', '5')],
        expected: ['deleted gone g', 'updated change c', 'added new n'],
      },
    ])('reports $case', ({ previous, next, expected }) => {
      const cache = createObjectCache({ storage });
      cache.replaceAll(previous);
      const seen: string[] = [];
      cache.subscribe((event) => seen.push(`${event.type} ${event.object.metadata.name} ${event.object.metadata.uid}`));
      cache.replaceAll(next);
      expect(seen).toEqual(expected);
    });

    it('carries the previous object on updates', () => {
      const cache = createObjectCache({ storage });
      cache.replaceAll([machine('a', 'u1', '1')]);
      const previous: string[] = [];
      cache.subscribe((event) => previous.push(event.type === 'updated' ? event.previous.metadata.resourceVersion : event.type));
      cache.replaceAll([machine('a', 'u1', '2')]);
      cache.upsert(machine('a', 'u1', '3'));
      expect(previous).toEqual(['1', '2']);
    });
  });

  it('reports an upsert of a name recreated with a new uid as delete then add', () => {
    const cache = createObjectCache();
    cache.upsert(machine('a', 'u1', '1'));
    const seen: string[] = [];
    cache.subscribe((event) => seen.push(`${event.type} ${event.object.metadata.uid}`));
    cache.upsert(machine('a', 'u2', '2'));
    expect(seen).toEqual(['deleted u1', 'added u2']);
  });

  it('hands out a fresh copy on every read of compact storage, so a reader cannot alter the cache', () => {
    const cache = createObjectCache();
    cache.upsert({ ...machine('a', 'u1', '1'), spec: { version: 'v1.33.1' } });
    const first = cache.get('ns', 'a');
    if (first) first.spec = { version: 'tampered' };
    expect(cache.get('ns', 'a')).toEqual({ ...machine('a', 'u1', '1'), spec: { version: 'v1.33.1' } });
    expect(cache.list()[0]).not.toBe(cache.list()[0]);
  });
});
