import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './create-memory-store';
import { CLUSTERS, MACHINES, machine, ownerRef } from './test-objects';

const now = () => new Date('2026-01-02T03:04:05Z');

function cluster(name: string, finalizers?: string[]) {
  return { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name, namespace: 'default', finalizers } as never, spec: {} };
}

describe('deletion and garbage collection', () => {
  it('marks an object with finalizers and removes it when the last finalizer goes', () => {
    const store = createMemoryStore({ now });
    store.create(MACHINES, machine('a', { finalizers: ['keep'] }));
    const marked = store.delete(MACHINES, 'default', 'a');
    expect(marked?.metadata.deletionTimestamp).toBe('2026-01-02T03:04:05Z');
    expect(store.get(MACHINES, 'default', 'a')).toBeDefined();
    const live = store.get(MACHINES, 'default', 'a')!;
    store.update(MACHINES, { ...live, metadata: { ...live.metadata, finalizers: [] } });
    expect(store.get(MACHINES, 'default', 'a')).toBeUndefined();
  });

  it('deletes dependents in the background once the owner is gone', () => {
    const store = createMemoryStore({ now });
    const owner = store.create(CLUSTERS, cluster('c1'));
    store.create(MACHINES, machine('m1', { owners: [ownerRef(owner)] }));
    store.create(MACHINES, machine('m2', { owners: [ownerRef(owner)], finalizers: ['hold'] }));
    store.delete(CLUSTERS, 'default', 'c1', { propagationPolicy: 'Background' });
    expect(store.get(CLUSTERS, 'default', 'c1')).toBeUndefined();
    expect(store.get(MACHINES, 'default', 'm1')).toBeUndefined();
    expect(store.get(MACHINES, 'default', 'm2')?.metadata.deletionTimestamp).toBeDefined();
  });

  it('keeps the owner with the foregroundDeletion finalizer until dependents are gone', () => {
    const store = createMemoryStore({ now });
    const owner = store.create(CLUSTERS, cluster('c1'));
    store.create(MACHINES, machine('m1', { owners: [ownerRef(owner)], finalizers: ['hold'] }));
    store.delete(CLUSTERS, 'default', 'c1', { propagationPolicy: 'Foreground' });
    expect(store.get(CLUSTERS, 'default', 'c1')?.metadata.finalizers).toEqual(['foregroundDeletion']);
    const m1 = store.get(MACHINES, 'default', 'm1')!;
    expect(m1.metadata.deletionTimestamp).toBeDefined();
    store.update(MACHINES, { ...m1, metadata: { ...m1.metadata, finalizers: [] } });
    expect(store.get(MACHINES, 'default', 'm1')).toBeUndefined();
    expect(store.get(CLUSTERS, 'default', 'c1')).toBeUndefined();
  });

  it('orphans dependents by removing the owner reference', () => {
    const store = createMemoryStore({ now });
    const owner = store.create(CLUSTERS, cluster('c1'));
    store.create(MACHINES, machine('m1', { owners: [ownerRef(owner)] }));
    store.delete(CLUSTERS, 'default', 'c1', { propagationPolicy: 'Orphan' });
    expect(store.get(CLUSTERS, 'default', 'c1')).toBeUndefined();
    expect(store.get(MACHINES, 'default', 'm1')?.metadata.ownerReferences).toBeUndefined();
  });

  it('keeps a dependent that still has another live owner and drops the dangling reference', () => {
    const store = createMemoryStore({ now });
    const a = store.create(CLUSTERS, cluster('a'));
    const b = store.create(CLUSTERS, cluster('b'));
    store.create(MACHINES, machine('m1', { owners: [ownerRef(a), { ...ownerRef(b), controller: false }] }));
    store.delete(CLUSTERS, 'default', 'a');
    expect(store.get(MACHINES, 'default', 'm1')?.metadata.ownerReferences?.map((r) => r.name)).toEqual(['b']);
  });

  it('deletes everything in a namespace before the namespace itself', () => {
    const store = createMemoryStore({ now });
    const NS = { group: '', resource: 'namespaces' };
    store.create(NS, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } as never });
    store.create(MACHINES, machine('m1', { finalizers: ['hold'] }));
    store.delete(NS, undefined, 'default');
    expect(store.get(NS, undefined, 'default')?.status).toEqual({ phase: 'Terminating' });
    const m1 = store.get(MACHINES, 'default', 'm1')!;
    store.update(MACHINES, { ...m1, metadata: { ...m1.metadata, finalizers: [] } });
    expect(store.get(NS, undefined, 'default')).toBeUndefined();
  });

  it('rejects a delete whose uid precondition does not match', () => {
    const store = createMemoryStore({ now });
    store.create(MACHINES, machine('a'));
    expect(() => store.delete(MACHINES, 'default', 'a', { preconditions: { uid: 'nope' } })).toThrow(/Precondition failed: UID in precondition: nope/);
  });
});
