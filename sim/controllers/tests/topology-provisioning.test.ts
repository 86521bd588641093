import { afterEach, describe, expect, it } from 'vitest';
import { conditionStatus, createHarness, type Harness } from '../test-support/create-harness';
import { findCondition } from '../runtime/conditions';
import { rec } from '../runtime/json';

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
    expect(rec(rec(cluster?.status).workers)).toMatchObject({ desiredReplicas: 2, replicas: 2, readyReplicas: 2 });
    expect(findCondition(cluster, 'TopologyReconciled')).toMatchObject({ status: 'True', reason: 'ReconcileSucceeded' });
    expect(harness.get('Secret', 'alpha-kubeconfig')?.type).toBe('cluster.x-k8s.io/secret');
    expect(elapsed).toBeLessThan(2 * 3_600_000);
    expect(harness.errors).toEqual([]);
  }, 60_000);
});
