import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { applyPatch } from './apply-patch';
import { applied, apply, at, clusterConfig, conflictsOf, managerEntry, NOW, persist, schema, topology } from './test-support/cluster-fixtures';

const md = (name: string, fields: Record<string, unknown> = {}) => ({ class: 'default-worker', name, ...fields });

describe('applyPatch', () => {
  it('creates the object and records the applier when nothing is live', () => {
    const config = clusterConfig(topology({ version: 'v1.34.0', workers: { machineDeployments: [md('md-0', { replicas: 1 })] } }), { labels: { team: 'a' } });
    const created = applied(undefined, config, 'kubectl');
    expect(at(created, 'spec', 'topology', 'workers', 'machineDeployments')).toEqual([md('md-0', { replicas: 1 })]);
    expect(created.metadata.managedFields).toEqual([
      {
        manager: 'kubectl',
        operation: 'Apply',
        apiVersion: 'cluster.x-k8s.io/v1beta2',
        time: NOW,
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { 'f:team': {} } },
          'f:spec': {
            'f:topology': {
              'f:classRef': { 'f:name': {} },
              'f:version': {},
              'f:workers': { 'f:machineDeployments': { 'k:{"name":"md-0"}': { '.': {}, 'f:class': {}, 'f:name': {}, 'f:replicas': {} } } },
            },
          },
        },
      },
    ]);
  });

  it('keeps the fields of two managers that apply disjoint fields', () => {
    const first = applied(undefined, clusterConfig(topology({ version: 'v1.34.0' })), 'alice');
    const both = applied(first, clusterConfig({ paused: true }, { labels: { owner: 'bob' } }), 'bob');
    expect(at(both, 'spec')).toEqual({ topology: { classRef: { name: 'quick-start' }, version: 'v1.34.0' }, paused: true });
    expect(at(both, 'metadata', 'labels')).toEqual({ owner: 'bob' });
    expect(managerEntry(both, 'alice')?.fieldsV1).toEqual({ 'f:spec': { 'f:topology': { 'f:classRef': { 'f:name': {} }, 'f:version': {} } } });
    expect(managerEntry(both, 'bob')?.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:owner': {} } }, 'f:spec': { 'f:paused': {} } });
  });

  it('reports a conflict naming the owner and the path when a second applier changes an owned field', () => {
    const live = applied(undefined, clusterConfig(topology({ version: 'v1.34.0' })), 'alice');
    expect(conflictsOf(apply(live, clusterConfig(topology({ version: 'v1.35.0' })), 'bob'))).toEqual([
      { manager: 'alice', field: '.spec.topology.version', operation: 'Apply', apiVersion: 'cluster.x-k8s.io/v1beta2' },
    ]);
  });

  it('lets force take a conflicting field over', () => {
    const live = applied(undefined, clusterConfig(topology({ version: 'v1.34.0' })), 'alice');
    const forced = applied(live, clusterConfig(topology({ version: 'v1.35.0' })), 'bob', { force: true });
    expect(at(forced, 'spec', 'topology', 'version')).toBe('v1.35.0');
    expect(managerEntry(forced, 'alice')?.fieldsV1).toEqual({ 'f:spec': { 'f:topology': { 'f:classRef': { 'f:name': {} } } } });
    expect(managerEntry(forced, 'bob')?.fieldsV1).toEqual({ 'f:spec': { 'f:topology': { 'f:classRef': { 'f:name': {} }, 'f:version': {} } } });
  });

  it.each([
    ['the applier alone owned it: it is removed', 'alice', undefined],
    ['another applier set the same value: it stays', 'bob', 'v1.34.0'],
  ])('drops a field the applier omits now when %s', (_case, secondApplier, expected) => {
    let live = applied(undefined, clusterConfig(topology({ version: 'v1.34.0', controlPlane: { replicas: 3 } })), 'alice');
    if (secondApplier !== 'alice') live = applied(live, clusterConfig(topology({ version: 'v1.34.0' })), secondApplier);
    const after = applied(live, clusterConfig(topology({ controlPlane: { replicas: 3 } })), 'alice');
    expect(at(after, 'spec', 'topology', 'version')).toBe(expected);
    expect(at(after, 'spec', 'topology', 'controlPlane', 'replicas')).toBe(3);
  });

  it.each([
    ['workers.machineDeployments', (items: unknown[]) => topology({ workers: { machineDeployments: items } }), ['spec', 'topology', 'workers', 'machineDeployments']],
    ['variables', (items: unknown[]) => topology({ variables: items }), ['spec', 'topology', 'variables']],
  ])('merges spec.topology.%s item by item, keyed by name', (_name, build, path) => {
    const item = (name: string, extra: Record<string, unknown>) => (path.at(-1) === 'variables' ? { name, value: extra } : md(name, extra));
    const first = applied(undefined, clusterConfig(build([item('a', { replicas: 1 })])), 'alice');
    const both = applied(first, clusterConfig(build([item('b', { replicas: 2 })])), 'bob');
    expect(at(both, ...path)).toEqual([item('a', { replicas: 1 }), item('b', { replicas: 2 })]);
    const changed = applied(both, clusterConfig(build([item('a', { replicas: 5 })])), 'alice');
    expect(at(changed, ...path)).toEqual([item('a', { replicas: 5 }), item('b', { replicas: 2 })]);
    const dropped = applied(changed, clusterConfig(build([])), 'alice');
    expect(at(dropped, ...path)).toEqual([item('b', { replicas: 2 })]);
  });

  it('replaces an atomic list (clusterNetwork.pods.cidrBlocks) instead of merging it', () => {
    const network = (cidrBlocks: string[]) => clusterConfig({ clusterNetwork: { pods: { cidrBlocks } } });
    const live = applied(undefined, network(['10.0.0.0/16', '10.1.0.0/16']), 'alice');
    expect(conflictsOf(apply(live, network(['192.168.0.0/16']), 'bob')).map((c) => c.field)).toEqual(['.spec.clusterNetwork.pods.cidrBlocks']);
    const forced = applied(live, network(['192.168.0.0/16']), 'bob', { force: true });
    expect(at(forced, 'spec', 'clusterNetwork', 'pods', 'cidrBlocks')).toEqual(['192.168.0.0/16']);
    expect(managerEntry(forced, 'bob')?.fieldsV1).toEqual({ 'f:spec': { 'f:clusterNetwork': { 'f:pods': { 'f:cidrBlocks': {} } } } });
  });

  it('unions set items (metadata.finalizers) from different appliers', () => {
    const live = applied(undefined, clusterConfig({}, { finalizers: ['a.example.com/x'] }), 'alice');
    const both = applied(live, clusterConfig({}, { finalizers: ['b.example.com/y'] }), 'bob');
    expect(both.metadata.finalizers).toEqual(['a.example.com/x', 'b.example.com/y']);
    expect(managerEntry(both, 'bob')?.fieldsV1).toEqual({ 'f:metadata': { 'f:finalizers': { 'v:"b.example.com/y"': {} } }, 'f:spec': {} });
  });

  it('neither sets nor owns status on the main resource', () => {
    const live = persist({ ...applied(undefined, clusterConfig(topology({ version: 'v1.34.0' })), 'alice'), status: { phase: 'Provisioned' } });
    const after = applied(live, { ...clusterConfig(topology({ version: 'v1.34.0' })), status: { phase: 'Deleting' } }, 'alice');
    expect(after.status).toEqual({ phase: 'Provisioned' });
    expect(managerEntry(after, 'alice')?.fieldsV1).not.toHaveProperty('f:status');
  });

  it('hands the fields of an object nobody tracked to before-first-apply, so changing them conflicts', () => {
    const untracked = persist(clusterConfig(topology({ version: 'v1.34.0' })));
    const conflicts = conflictsOf(apply(untracked, clusterConfig(topology({ version: 'v1.35.0' })), 'alice'));
    expect(conflicts.map((c) => [c.manager, c.operation, c.field])).toEqual([['before-first-apply', 'Update', '.spec.topology.version']]);
  });

  it('keeps the entry time when an apply changes nothing', () => {
    const config = clusterConfig(topology({ version: 'v1.34.0' }));
    const live = applied(undefined, config, 'alice');
    const again = applied(live, config, 'alice', { now: '2030-01-01T00:00:00Z' });
    expect(again.metadata.managedFields).toEqual(live.metadata.managedFields);
  });

  it.each([
    ['a different kind', { kind: 'Machine' }, 'invalid object type: cluster.x-k8s.io/v1beta2, Kind=Machine'],
    ['a different version', { apiVersion: 'cluster.x-k8s.io/v1beta1' }, 'Incorrect version specified in apply patch. Specified patch version: cluster.x-k8s.io/v1beta1, expected: cluster.x-k8s.io/v1beta2'],
    ['a different name', { metadata: { name: 'other' } }, 'the name of the object (other) does not match the name on the URL (c1)'],
    ['managedFields', { metadata: { name: 'c1', managedFields: [] } }, 'metadata.managedFields must be nil'],
    ['a list-map item without its key', { spec: topology({ workers: { machineDeployments: [{ class: 'x' }] } }) }, 'omits key field "name"'],
    ['duplicate list-map keys', { spec: topology({ variables: [{ name: 'a', value: 1 }, { name: 'a', value: 2 }] }) }, 'duplicate entries for key'],
  ])('rejects a configuration with %s as a 400 BadRequest', (_name, override, message) => {
    const live = applied(undefined, clusterConfig(topology({ version: 'v1.34.0' })), 'alice');
    const patch = { ...clusterConfig(topology({})), ...override } as KubeObject;
    let thrown: unknown;
    try {
      applyPatch({ live, patch, manager: 'bob', force: false, schema, now: NOW });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).code).toBe(400);
    expect((thrown as ApiError).message).toContain(message);
  });
});

describe('applyPatch pruning of metadata', () => {
  it('removes labels the applier dropped but keeps the identity metadata', () => {
    const live = applied(undefined, clusterConfig(topology({ version: 'v1.34.0' }), { labels: { team: 'a' } }), 'alice');
    const after = applied(live, clusterConfig(topology({ version: 'v1.34.0' })), 'alice');
    expect(after.metadata).toMatchObject({ name: 'c1', namespace: 'default', uid: 'uid-1', resourceVersion: '7' });
    expect(after.metadata.labels).toBeUndefined();
  });
});
