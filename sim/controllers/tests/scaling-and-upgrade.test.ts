import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../core/kube-object';
import { createHarness, editObject, eventsFor, machinesOf, waitForReadyCluster, type Harness } from '../test-support/create-harness';
import { findCondition, isTrue } from '../runtime/conditions';
import { list, rec } from '../runtime/json';

let h: Harness | undefined;
afterEach(() => h?.stop());

function setTopology(harness: Harness, name: string, change: (topology: Record<string, unknown>) => void): void {
  editObject(harness, 'Cluster', name, (d) => change(rec(rec(d.spec).topology)));
}

function setWorkerReplicas(harness: Harness, name: string, replicas: number): void {
  setTopology(harness, name, (t) => {
    const md = rec(list(rec(t.workers).machineDeployments)[0]);
    md.replicas = replicas;
  });
}

const version = (m: KubeObject): unknown => rec(m.spec).version;

describe('MachineDeployment scaling through the topology', () => {
  it('scales workers up and down, creating and deleting Machines with events', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'scale', controlPlane: 1, workers: 2 });
    waitForReadyCluster(harness, 'scale', { controlPlane: 1, workers: 2 });
    setWorkerReplicas(harness, 'scale', 4);
    waitForReadyCluster(harness, 'scale', { controlPlane: 1, workers: 4 });
    expect(machinesOf(harness, 'scale', 'worker').every((m) => rec(m.status).phase === 'Running')).toBe(true);
    setWorkerReplicas(harness, 'scale', 1);
    waitForReadyCluster(harness, 'scale', { controlPlane: 1, workers: 1 });
    harness.runUntil(() => machinesOf(harness, 'scale', 'worker').length === 1, { what: 'deleted workers to be gone' });
    const [ms] = harness.list('MachineSet', 'cluster.x-k8s.io/cluster-name=scale');
    const reasons = eventsFor(harness, ms?.metadata.name ?? '').map((e) => e.reason);
    expect(reasons).toContain('SuccessfulCreate');
    expect(reasons).toContain('SuccessfulDelete');
    const md = harness.list('MachineDeployment', 'cluster.x-k8s.io/cluster-name=scale')[0];
    expect(rec(md?.status)).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1, upToDateReplicas: 1 });
    expect(findCondition(md, 'ScalingDown')).toMatchObject({ status: 'False', reason: 'NotScalingDown' });
    expect(harness.errors).toEqual([]);
  }, 120_000);
});

describe('a Kubernetes version upgrade through the topology', () => {
  it('rolls control-plane Machines one at a time, then workers within maxSurge and maxUnavailable', () => {
    h = createHarness({ seed: 11 });
    const harness = h;
    harness.createQuickStartCluster({ name: 'upg', controlPlane: 3, workers: 3 });
    waitForReadyCluster(harness, 'upg', { controlPlane: 3, workers: 3 });
    setTopology(harness, 'upg', (t) => (t.version = 'v1.35.0'));
    let maxCp = 0;
    let maxWorkers = 0;
    let minAvailableWorkers = Infinity;
    let workersStartedBeforeControlPlane = false;
    let sawPending = false;
    harness.runUntil(
      () => {
        const cp = machinesOf(harness, 'upg', 'control-plane');
        const workers = machinesOf(harness, 'upg', 'worker');
        maxCp = Math.max(maxCp, cp.filter((m) => !m.metadata.deletionTimestamp).length);
        // machines already draining no longer count against maxSurge (MachineSet spec.replicas does)
        maxWorkers = Math.max(maxWorkers, workers.filter((m) => !m.metadata.deletionTimestamp).length);
        minAvailableWorkers = Math.min(minAvailableWorkers, workers.filter((m) => !m.metadata.deletionTimestamp && isTrue(m, 'Available')).length);
        if (workers.some((m) => version(m) === 'v1.35.0') && cp.some((m) => version(m) !== 'v1.35.0')) workersStartedBeforeControlPlane = true;
        const topology = findCondition(harness.get('Cluster', 'upg'), 'TopologyReconciled');
        if (topology?.reason === 'ControlPlaneUpgradePending' || topology?.reason === 'MachineDeploymentsUpgradePending') sawPending = true;
        return [...cp, ...workers].length === 6 && [...cp, ...workers].every((m) => version(m) === 'v1.35.0' && rec(m.status).phase === 'Running' && isTrue(m, 'Ready'));
      },
      { maxMs: 6 * 3_600_000, what: 'all machines upgraded' },
    );
    expect(maxCp).toBe(4);
    expect(maxWorkers).toBeLessThanOrEqual(4);
    expect(minAvailableWorkers).toBeGreaterThanOrEqual(3);
    expect(workersStartedBeforeControlPlane).toBe(false);
    expect(sawPending).toBe(true);
    waitForReadyCluster(harness, 'upg', { controlPlane: 3, workers: 3 });
    const kcp = harness.list('KubeadmControlPlane')[0];
    expect(rec(kcp?.status).version).toBe('v1.35.0');
    expect(machinesOf(harness, 'upg', 'worker').every((m) => rec(rec(m.status).nodeInfo).kubeletVersion === 'v1.35.0')).toBe(true);
    expect(harness.errors).toEqual([]);
  }, 120_000);
});
