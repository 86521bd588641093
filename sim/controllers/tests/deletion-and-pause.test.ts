import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, editObject, machinesOf, waitForReadyCluster, type Harness } from '../test-support/create-harness';
import { findCondition } from '../runtime/conditions';
import { rec } from '../runtime/json';

let h: Harness | undefined;
afterEach(() => h?.stop());

const OWNED_KINDS = ['Machine', 'MachineSet', 'MachineDeployment', 'KubeadmControlPlane', 'KubeadmConfig', 'DevMachine', 'DevCluster', 'MachineHealthCheck', 'Secret'];

describe('Cluster deletion', () => {
  it('deletes workers, then the control plane, then the infrastructure, draining machines, until nothing is left', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'doomed', controlPlane: 1, workers: 2 });
    waitForReadyCluster(harness, 'doomed', { controlPlane: 1, workers: 2 });
    expect(harness.list('Secret', 'cluster.x-k8s.io/cluster-name=doomed').length).toBeGreaterThan(0);
    harness.store.delete(harness.gr('Cluster'), 'default', 'doomed');
    const reasons: string[] = [];
    const machineReasons = new Set<string>();
    harness.runUntil(
      () => {
        const cluster = harness.get('Cluster', 'doomed');
        const reason = findCondition(cluster, 'Deleting')?.reason;
        if (reason && reason !== 'NotDeleting' && reasons[reasons.length - 1] !== reason) reasons.push(reason);
        for (const m of machinesOf(harness, 'doomed', 'worker')) machineReasons.add(findCondition(m, 'Deleting')?.reason ?? '');
        if (cluster && reason !== 'NotDeleting') expect(rec(cluster.status).phase).toBe('Deleting');
        return cluster === undefined;
      },
      { maxMs: 3_600_000, what: 'the Cluster to be gone' },
    );
    expect(reasons).toEqual(['WaitingForWorkersDeletion', 'WaitingForControlPlaneDeletion', 'WaitingForInfrastructureDeletion']);
    expect([...machineReasons]).toEqual(expect.arrayContaining(['DrainingNode', 'WaitingForVolumeDetach', 'WaitingForInfrastructureDeletion']));
    for (const kind of OWNED_KINDS) expect(harness.list(kind, 'cluster.x-k8s.io/cluster-name=doomed'), kind).toEqual([]);
    expect(harness.errors).toEqual([]);
  }, 120_000);
});

describe('a paused Cluster', () => {
  it('does not progress until spec.paused is cleared', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'frozen', controlPlane: 1, workers: 1, paused: true });
    harness.clock.advance(2 * 3_600_000);
    const cluster = harness.get('Cluster', 'frozen');
    expect(findCondition(cluster, 'Paused')).toMatchObject({ status: 'True', reason: 'Paused', message: 'Cluster spec.paused is set to true' });
    expect(findCondition(cluster, 'TopologyReconciled')).toMatchObject({ status: 'False', reason: 'Paused' });
    expect(rec(cluster?.spec).infrastructureRef).toBeUndefined();
    expect(harness.list('Machine')).toEqual([]);
    editObject(harness, 'Cluster', 'frozen', (d) => void (d.spec = { ...rec(d.spec), paused: false }));
    waitForReadyCluster(harness, 'frozen', { controlPlane: 1, workers: 1 });
    expect(findCondition(harness.get('Cluster', 'frozen'), 'Paused')).toMatchObject({ status: 'False', reason: 'NotPaused' });
  }, 120_000);

  it('freezes a provisioning cluster mid-way and resumes it', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'midway', controlPlane: 1, workers: 2 });
    harness.runUntil(() => harness.list('Machine').length > 0, { what: 'first machine' });
    editObject(harness, 'Cluster', 'midway', (d) => void (d.spec = { ...rec(d.spec), paused: true }));
    harness.clock.advance(60_000);
    const before = harness.list('Machine').map((m) => `${m.metadata.name}:${String(rec(m.status).phase)}`).sort();
    harness.clock.advance(2 * 3_600_000);
    expect(harness.list('Machine').map((m) => `${m.metadata.name}:${String(rec(m.status).phase)}`).sort()).toEqual(before);
    expect(harness.list('Machine').every((m) => findCondition(m, 'Paused')?.status === 'True')).toBe(true);
    editObject(harness, 'Cluster', 'midway', (d) => void (d.spec = { ...rec(d.spec), paused: false }));
    waitForReadyCluster(harness, 'midway', { controlPlane: 1, workers: 2 });
  }, 120_000);
});
