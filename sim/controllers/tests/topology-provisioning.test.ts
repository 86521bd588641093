import { afterEach, describe, expect, it } from 'vitest';
import { conditionStatus, createHarness, editObject, type Harness } from '../test-support/create-harness';
import { findCondition } from '../runtime/conditions';
import { list, rec } from '../runtime/json';

let h: Harness | undefined;
afterEach(() => h?.stop());

describe('a topology Cluster from the quick-start ClusterClass', () => {
  it('reaches Available=True with all control-plane and worker Machines Running with nodeRefs', () => {
    h = createHarness();
    h.createQuickStartCluster({ name: 'alpha', controlPlane: 3, workers: 2 });
    const harness = h;
    const settled = (): boolean => {
      const status = rec(harness.get('Cluster', 'alpha')?.status);
      return conditionStatus(harness.get('Cluster', 'alpha'), 'Available') === 'True' && rec(status.controlPlane).readyReplicas === 3 && rec(status.workers).readyReplicas === 2;
    };
    const elapsed = harness.runUntil(settled, { maxMs: 3 * 3_600_000, what: 'Cluster Available with all replicas ready' });
    const machines = harness.list('Machine', 'cluster.x-k8s.io/cluster-name=alpha');
    const cp = machines.filter((m) => m.metadata.labels?.['cluster.x-k8s.io/control-plane'] !== undefined);
    const workers = machines.filter((m) => m.metadata.labels?.['cluster.x-k8s.io/control-plane'] === undefined);
    expect(cp).toHaveLength(3);
    expect(workers).toHaveLength(2);
    for (const m of machines) {
      expect(rec(m.status).phase).toBe('Running');
      expect(rec(rec(m.status).nodeRef).name).toBeTruthy();
      expect(rec(rec(m.status).nodeInfo).kubeletVersion).toBe('v1.34.0');
    }
    const cluster = harness.get('Cluster', 'alpha');
    expect(rec(cluster?.status).phase).toBe('Provisioned');
    expect(rec(rec(cluster?.status).controlPlane)).toMatchObject({ desiredReplicas: 3, replicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(rec(rec(cluster?.status).workers)).toMatchObject({ desiredReplicas: 2, replicas: 2, readyReplicas: 2, versions: [{ version: 'v1.34.0', replicas: 2 }] });
    expect(rec(rec(cluster?.status).controlPlane).versions).toEqual([{ version: 'v1.34.0', replicas: 3 }]);
    expect(findCondition(cluster, 'TopologyReconciled')).toMatchObject({ status: 'True', reason: 'ReconcileSucceeded' });
    expect(harness.get('Secret', 'alpha-kubeconfig')?.type).toBe('cluster.x-k8s.io/secret');
    expect(elapsed).toBeLessThan(2 * 3_600_000);
    expect(harness.errors).toEqual([]);
  }, 60_000);
});

describe('topology validation', () => {
  it('publishes the ClusterClass variable definitions in status.variables', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'vars', controlPlane: 1, workers: 0 });
    harness.runUntil(() => rec(harness.get('ClusterClass', 'quick-start')?.status).variables !== undefined, { what: 'ClusterClass status.variables' });
    const cc = harness.get('ClusterClass', 'quick-start');
    const variables = rec(cc?.status).variables as Array<Record<string, unknown>>;
    expect(variables.map((v) => v.name)).toEqual(['imageRepository', 'etcdImageTag', 'coreDNSImageTag', 'podSecurityStandard']);
    const imageRepository = rec(variables[0]);
    expect(imageRepository.name).toBe('imageRepository');
    expect(imageRepository.definitions).toEqual([{ from: 'inline', required: true, schema: rec(list(rec(cc?.spec).variables)[0]).schema }]);
    expect(findCondition(cc, 'VariablesReady')).toMatchObject({ status: 'True', reason: 'VariablesReady' });
  }, 60_000);

  it('reports ReconcileFailed when the ClusterClass does not exist', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'orphan', controlPlane: 1, workers: 1 });
    harness.store.delete(harness.gr('ClusterClass'), 'default', 'quick-start');
    harness.apply([{ apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'noclass', uid: '', resourceVersion: '', creationTimestamp: '' }, spec: { topology: { classRef: { name: 'missing' }, version: 'v1.34.0' } } }]);
    harness.clock.advance(60_000);
    const cluster = harness.get('Cluster', 'noclass');
    expect(findCondition(cluster, 'TopologyReconciled')).toMatchObject({ status: 'False', reason: 'ReconcileFailed', message: 'failed to get ClusterClass default/missing: ClusterClass.cluster.x-k8s.io "missing" not found' });
    expect(findCondition(cluster, 'Available')?.message).toContain('TopologyReconciled');
    expect(rec(cluster?.spec).infrastructureRef).toBeUndefined();
  }, 60_000);

  it('reports ReconcileFailed for variables that do not match the class schema', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'badvars', controlPlane: 1, workers: 1 });
    editObject(harness, 'Cluster', 'badvars', (d) => {
      const topology = rec(rec(d.spec).topology);
      topology.variables = [...list(topology.variables), { name: 'unknownVariable', value: 1 }].map((v) => (rec(v).name === 'etcdImageTag' ? { name: 'etcdImageTag', value: 42 } : v));
    });
    harness.clock.advance(60_000);
    const condition = findCondition(harness.get('Cluster', 'badvars'), 'TopologyReconciled');
    expect(condition).toMatchObject({ status: 'False', reason: 'ReconcileFailed' });
    expect(condition?.message).toContain('spec.topology.variables[etcdImageTag].value: Invalid value: 42: must be of type string');
    expect(condition?.message).toContain('spec.topology.variables[unknownVariable]: Invalid value: "unknownVariable": variable is not defined');
  }, 60_000);
});
