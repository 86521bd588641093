import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error';
import { createMemoryStore } from './create-memory-store';
import { MACHINES, machine } from './test-objects';

const now = () => new Date('2026-01-02T03:04:05.678Z');

describe('createMemoryStore writes', () => {
  it('assigns uid, creationTimestamp, generation and increasing resourceVersions', () => {
    const store = createMemoryStore({ now });
    const a = store.create(MACHINES, machine('a'));
    const b = store.create(MACHINES, machine('b'));
    expect(a.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.metadata.creationTimestamp).toBe('2026-01-02T03:04:05Z');
    expect(a.metadata.generation).toBe(1);
    expect(Number(b.metadata.resourceVersion)).toBeGreaterThan(Number(a.metadata.resourceVersion));
    expect(store.currentResourceVersion()).toBe(b.metadata.resourceVersion);
  });

  it('fills the name from generateName', () => {
    const store = createMemoryStore({ now });
    const object = machine('');
    object.metadata.generateName = 'worker-';
    expect(store.create(MACHINES, object).metadata.name).toMatch(/^worker-[a-z0-9]{5}$/);
  });

  it('rejects a duplicate name with AlreadyExists', () => {
    const store = createMemoryStore({ now });
    store.create(MACHINES, machine('a'));
    expect(() => store.create(MACHINES, machine('a'))).toThrow('machines.cluster.x-k8s.io "a" already exists');
  });

  it('returns frozen objects', () => {
    const store = createMemoryStore({ now });
    const created = store.create(MACHINES, machine('a'));
    expect(Object.isFrozen(created.metadata)).toBe(true);
  });

  it('bumps generation on spec changes but not on status or label changes', () => {
    const store = createMemoryStore({ now });
    const created = store.create(MACHINES, machine('a'));
    const relabeled = store.update(MACHINES, { ...created, metadata: { ...created.metadata, labels: { x: 'y' } } });
    expect(relabeled.metadata.generation).toBe(1);
    const withStatus = store.updateStatus(MACHINES, { ...relabeled, status: { phase: 'Running' } });
    expect(withStatus.metadata.generation).toBe(1);
    const respecced = store.update(MACHINES, { ...withStatus, spec: { clusterName: 'c2' } });
    expect(respecced.metadata.generation).toBe(2);
    expect(respecced.status).toEqual({ phase: 'Running' });
  });

  it('rejects a stale resourceVersion with 409 Conflict', () => {
    const store = createMemoryStore({ now });
    const created = store.create(MACHINES, machine('a'));
    store.update(MACHINES, { ...created, spec: { clusterName: 'c2' } });
    try {
      store.update(MACHINES, { ...created, spec: { clusterName: 'c3' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toMatchObject({
        code: 409,
        reason: 'Conflict',
        message: 'Operation cannot be fulfilled on machines.cluster.x-k8s.io "a": the object has been modified; please apply your changes to the latest version and try again',
      });
    }
  });

  it('keeps the resourceVersion for a no-op update', () => {
    const store = createMemoryStore({ now });
    const created = store.create(MACHINES, machine('a'));
    expect(store.update(MACHINES, created).metadata.resourceVersion).toBe(created.metadata.resourceVersion);
  });

  it('answers NotFound with the apiserver message', () => {
    const store = createMemoryStore({ now });
    expect(() => store.delete(MACHINES, 'default', 'm1')).toThrow('machines.cluster.x-k8s.io "m1" not found');
  });

  it('does not store anything on a dry run', () => {
    const store = createMemoryStore({ now });
    store.create(MACHINES, machine('a'), { dryRun: true });
    expect(store.get(MACHINES, 'default', 'a')).toBeUndefined();
  });
});

describe('createMemoryStore reads', () => {
  it('lists by namespace and label selector in name order', () => {
    const store = createMemoryStore({ now });
    store.create(MACHINES, machine('b', { labels: { role: 'worker' } }));
    store.create(MACHINES, machine('a', { labels: { role: 'worker' } }));
    store.create(MACHINES, machine('c', { labels: { role: 'cp' } }));
    store.create(MACHINES, machine('d', { labels: { role: 'worker' }, namespace: 'other' }));
    const names = (options: Parameters<typeof store.list>[1]) => store.list(MACHINES, options).items.map((m) => m.metadata.name);
    expect(names({})).toEqual(['a', 'b', 'c', 'd']);
    expect(names({ namespace: 'default', labelSelector: 'role=worker' })).toEqual(['a', 'b']);
    expect(names({ fieldSelector: 'metadata.name=c' })).toEqual(['c']);
    expect(names({ namespace: 'other', fieldSelector: 'metadata.name=d' })).toEqual(['d']);
  });
});

describe('createMemoryStore name validation', () => {
  it.each([
    ['machines', MACHINES, 'Bad_Name', /a lowercase RFC 1123 subdomain/],
    ['namespaces', { group: '', resource: 'namespaces' }, 'has.dot', /a lowercase RFC 1123 label/],
  ])('rejects an invalid %s name with 422 Invalid', (_what, gr, name, message) => {
    const store = createMemoryStore({ now });
    expect(() => store.create(gr, { ...machine(name), metadata: { ...machine(name).metadata, namespace: undefined } })).toThrow(message);
  });
});
