import { describe, expect, it } from 'vitest';
import { StructureSharer } from './structure-sharer';

const machine = (name: string, readyAt: string) => ({
  name,
  labels: { 'cluster.x-k8s.io/cluster-name': 'c1', 'cluster.x-k8s.io/set-name': 'ms-1' },
  ownerReferences: [{ kind: 'MachineSet', name: 'ms-1', controller: true }],
  conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: readyAt }, { type: 'Paused', status: 'False', lastTransitionTime: '2026-11-20T10:00:00Z' }],
  finalizers: [] as string[],
  versions: {},
});

describe('StructureSharer', () => {
  it('gives equal sub-structures of two objects one shared copy without changing any value', () => {
    const sharer = new StructureSharer();
    const first = machine('m-1', '2026-11-20T10:05:00Z');
    const second = machine('m-2', '2026-11-20T10:05:00Z');
    const copy = structuredClone(second);
    sharer.shareFields(first);
    sharer.shareFields(second);
    expect(second).toEqual(copy);
    expect(second.labels).toBe(first.labels);
    expect(second.ownerReferences).toBe(first.ownerReferences);
    expect(second.conditions).toBe(first.conditions);
    expect(second.finalizers).toBe(first.finalizers);
    expect(second.versions).toBe(first.versions);
  });

  it('shares the equal items of arrays that differ', () => {
    const sharer = new StructureSharer();
    const first = machine('m-1', '2026-11-20T10:05:00Z');
    const second = machine('m-2', '2026-11-20T10:07:00Z');
    sharer.shareFields(first);
    sharer.shareFields(second);
    expect(second.conditions).not.toBe(first.conditions);
    expect(second.conditions[0]?.lastTransitionTime).toBe('2026-11-20T10:07:00Z');
    expect(second.conditions[1]).toBe(first.conditions[1]);
  });

  it('freezes shared values so that a write into one object cannot change its siblings', () => {
    const sharer = new StructureSharer();
    const first = machine('m-1', '2026-11-20T10:05:00Z');
    sharer.shareFields(first);
    expect(Object.isFrozen(first.labels)).toBe(true);
    expect(Object.isFrozen(first.conditions[0])).toBe(true);
    expect(() => first.finalizers.push('x')).toThrow(TypeError);
  });

  it('starts over when the table is full, so values of deleted objects are not kept forever', () => {
    const sharer = new StructureSharer(2);
    for (const name of ['a', 'b', 'c']) sharer.share({ name });
    expect(sharer.size()).toBe(1);
  });
});
