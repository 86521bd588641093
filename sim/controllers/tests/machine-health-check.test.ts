import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_ANNOTATION } from '../../core/fault-names';
import { createHarness, editObject, machinesOf, waitForReadyCluster, type Harness } from '../test-support/create-harness';
import { findCondition } from '../runtime/conditions';
import { rec } from '../runtime/json';

let h: Harness | undefined;
afterEach(() => h?.stop());

function workerHealthCheck(harness: Harness) {
  const mhc = harness.list('MachineHealthCheck').find((m) => rec(rec(rec(m.spec).selector).matchLabels)['topology.cluster.x-k8s.io/deployment-name'] !== undefined);
  if (!mhc) throw new Error('no worker MachineHealthCheck');
  return mhc;
}

describe('MachineHealthCheck', () => {
  it('reports its targets and healthy machines for a healthy cluster', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'mhc', controlPlane: 1, workers: 2 });
    waitForReadyCluster(harness, 'mhc', { controlPlane: 1, workers: 2 });
    harness.clock.advance(60_000);
    const mhc = workerHealthCheck(harness);
    expect(rec(mhc.status)).toMatchObject({ expectedMachines: 2, currentHealthy: 2, remediationsAllowed: 2 });
    expect(findCondition(mhc, 'RemediationAllowed')).toMatchObject({ status: 'True', reason: 'RemediationAllowed' });
    for (const m of machinesOf(harness, 'mhc', 'worker')) expect(findCondition(m, 'HealthCheckSucceeded')).toMatchObject({ status: 'True', reason: 'HealthCheckSucceeded' });
  }, 60_000);

  it('short-circuits remediation when more machines are unhealthy than unhealthyLessThanOrEqualTo allows', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'mhc', controlPlane: 1, workers: 3 });
    waitForReadyCluster(harness, 'mhc', { controlPlane: 1, workers: 3 });
    const mhc = workerHealthCheck(harness);
    editObject(harness, 'MachineHealthCheck', mhc.metadata.name, (d) => void (d.spec = { ...rec(d.spec), remediation: { triggerIf: { unhealthyLessThanOrEqualTo: 1 } } }));
    const names = machinesOf(harness, 'mhc', 'worker').map((m) => m.metadata.name).sort();
    const md = harness.list('MachineDeployment')[0];
    editObject(harness, 'MachineDeployment', md?.metadata.name ?? '', (d) => void (d.metadata.annotations = { [FAULT_ANNOTATION]: 'missing-cni' }));
    harness.runUntil(() => findCondition(workerHealthCheck(harness), 'RemediationAllowed')?.status === 'False', { what: 'remediation to be short-circuited' });
    harness.clock.advance(600_000);
    const after = workerHealthCheck(harness);
    expect(findCondition(after, 'RemediationAllowed')).toMatchObject({ status: 'False', reason: 'TooManyUnhealthy' });
    expect(findCondition(after, 'RemediationAllowed')?.message).toContain('(total: 3, unhealthy: 3, unhealthyLessThanOrEqualTo: 1)');
    expect(rec(after.status)).toMatchObject({ expectedMachines: 3, currentHealthy: 0, remediationsAllowed: 0 });
    const workers = machinesOf(harness, 'mhc', 'worker');
    expect(workers.map((m) => m.metadata.name).sort()).toEqual(names);
    for (const m of workers) {
      expect(findCondition(m, 'HealthCheckSucceeded')).toMatchObject({ status: 'False', reason: 'UnhealthyNode' });
      expect(findCondition(m, 'OwnerRemediated')).toBeUndefined();
    }
    expect(harness.list('Event').some((e) => e.reason === 'RemediationRestricted' && e.type === 'Warning')).toBe(true);
  }, 60_000);
});
