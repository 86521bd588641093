import { describe, expect, it } from 'vitest';
import { computeObjectDiff } from './compute-plan-diff';

const live = {
  metadata: { name: 'c1', namespace: 'team-a', resourceVersion: '7' },
  spec: { paused: false, topology: { version: 'v1.33.1', workers: { machineDeployments: [{ name: 'md-0', class: 'default-worker', replicas: 2 }, { name: 'md-1', class: 'default-worker', replicas: 1 }] } } },
};

describe('computeObjectDiff', () => {
  it.each([
    ['a scalar change', { spec: { paused: true } }, [{ path: 'spec.paused', before: false, after: true }]],
    ['a worker pool matched by name', { spec: { topology: { workers: { machineDeployments: [{ name: 'md-1', replicas: 5 }] } } } }, [{ path: 'spec.topology.workers.machineDeployments[name=md-1].replicas', before: 1, after: 5 }]],
    ['nothing when the value is already there', { spec: { topology: { version: 'v1.33.1' } } }, []],
    ['a new annotation, ignoring the resourceVersion precondition', { metadata: { name: 'c1', resourceVersion: '7', annotations: { a: 'b' } } }, [{ path: 'metadata.annotations.a', before: null, after: 'b' }]],
  ])('reports %s', (_name, desired, expected) => {
    expect(computeObjectDiff({ desired, live })).toEqual(expected);
  });

  it('reports every field of a new object against nothing', () => {
    expect(computeObjectDiff({ desired: { apiVersion: 'v1', kind: 'X', spec: { a: 1 } }, live: null })).toEqual([{ path: 'spec.a', before: null, after: 1 }]);
  });
});
