import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../core/kube-object';
import { ObjectCache } from './object-cache';

function machine(name: string, rv: string, owner = 'ms-uid', cluster = 'c1'): KubeObject {
  return { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: { name, namespace: 'ns', uid: `uid-${name}`, resourceVersion: rv, creationTimestamp: '', labels: { 'cluster.x-k8s.io/cluster-name': cluster }, ownerReferences: [{ apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'MachineSet', name: 'ms', uid: owner }] } };
}

describe('ObjectCache', () => {
  it('indexes objects by cluster and by owner', () => {
    const cache = new ObjectCache();
    cache.upsert(machine('a', '1'));
    cache.upsert(machine('b', '2', 'other', 'c2'));
    expect(cache.listByCluster('Machine', 'ns', 'c1').map((m) => m.metadata.name)).toEqual(['a']);
    expect(cache.listOwnedBy('Machine', 'other').map((m) => m.metadata.name)).toEqual(['b']);
    expect(cache.listKind('Machine')).toHaveLength(2);
  });

  it('ignores an older version of an object it already holds', () => {
    const cache = new ObjectCache();
    cache.upsert(machine('a', '10'));
    expect(cache.upsert(machine('a', '9')).stored).toBe(false);
    expect(cache.get('Machine', 'ns', 'a')?.metadata.resourceVersion).toBe('10');
  });

  it('moves an object between index entries when its labels change and forgets removed objects', () => {
    const cache = new ObjectCache();
    cache.upsert(machine('a', '1'));
    cache.upsert(machine('a', '2', 'ms-uid', 'c9'));
    expect(cache.listByCluster('Machine', 'ns', 'c1')).toEqual([]);
    expect(cache.listByCluster('Machine', 'ns', 'c9')).toHaveLength(1);
    cache.remove(machine('a', '3'));
    expect(cache.get('Machine', 'ns', 'a')).toBeUndefined();
    expect(cache.listOwnedBy('Machine', 'ms-uid')).toEqual([]);
  });
});
