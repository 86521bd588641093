import { describe, expect, it } from 'vitest';
import type { ApiError } from '../core/api-error';
import type { WatchEvent } from '../core/object-store';
import { createMemoryStore } from './create-memory-store';
import { MACHINES, machine } from './test-objects';

const now = () => new Date('2026-01-02T03:04:05Z');

function collect() {
  const events: WatchEvent[] = [];
  return { events, onEvent: (e: WatchEvent) => events.push(e), summary: () => events.map((e) => `${e.type} ${e.object.metadata.name}`) };
}

describe('watch', () => {
  it('delivers ADDED, MODIFIED and DELETED in order', () => {
    const store = createMemoryStore({ now });
    const sink = collect();
    store.watch(MACHINES, {}, sink.onEvent);
    const a = store.create(MACHINES, machine('a'));
    store.update(MACHINES, { ...a, spec: { clusterName: 'x' } });
    store.delete(MACHINES, 'default', 'a');
    expect(sink.summary()).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a']);
  });

  it('replays changes after a resourceVersion still in the history', () => {
    const store = createMemoryStore({ now });
    const a = store.create(MACHINES, machine('a'));
    store.create(MACHINES, machine('b'));
    const sink = collect();
    store.watch(MACHINES, { resourceVersion: a.metadata.resourceVersion }, sink.onEvent);
    store.create(MACHINES, machine('c'));
    expect(sink.summary()).toEqual(['ADDED b', 'ADDED c']);
  });

  it('answers 410 Expired for a resourceVersion older than the history', () => {
    const store = createMemoryStore({ now, historySize: 3 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) store.create(MACHINES, machine(name));
    try {
      store.watch(MACHINES, { resourceVersion: '1' }, () => undefined);
      expect.unreachable();
    } catch (error) {
      expect((error as ApiError).status).toMatchObject({ code: 410, reason: 'Expired', message: 'too old resource version: 1 (3)' });
    }
    expect(() => store.watch(MACHINES, { resourceVersion: '2' }, () => undefined)).not.toThrow();
  });

  it('turns label changes into ADDED and DELETED for a selector watch', () => {
    const store = createMemoryStore({ now });
    const sink = collect();
    store.watch(MACHINES, { labelSelector: 'role=worker' }, sink.onEvent);
    const a = store.create(MACHINES, machine('a'));
    const labeled = store.update(MACHINES, { ...a, metadata: { ...a.metadata, labels: { role: 'worker' } } });
    store.update(MACHINES, { ...labeled, metadata: { ...labeled.metadata, labels: {} } });
    expect(sink.summary()).toEqual(['ADDED a', 'DELETED a']);
  });

  it('stops delivering after unsubscribe', () => {
    const store = createMemoryStore({ now });
    const sink = collect();
    const stop = store.watch(MACHINES, {}, sink.onEvent);
    stop();
    store.create(MACHINES, machine('a'));
    expect(sink.events).toHaveLength(0);
  });

  it('delivers events caused inside a watch callback after the current one', () => {
    const store = createMemoryStore({ now });
    const order: string[] = [];
    store.watch(MACHINES, {}, (e) => {
      order.push(`${e.type} ${e.object.metadata.name}`);
      if (e.object.metadata.name === 'a' && e.type === 'ADDED') store.create(MACHINES, machine('b'));
    });
    store.watch(MACHINES, {}, (e) => order.push(`second ${e.object.metadata.name}`));
    store.create(MACHINES, machine('a'));
    expect(order).toEqual(['ADDED a', 'second a', 'ADDED b', 'second b']);
  });
});
