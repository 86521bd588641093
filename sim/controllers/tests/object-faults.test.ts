import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_ANNOTATION } from '../../core/fault-names';
import type { KubeObject } from '../../core/kube-object';
import { buildAwsCluster } from '../test-support/build-aws-cluster';
import { createHarness, editObject, eventsFor, machinesOf, waitForReadyCluster, type Harness } from '../test-support/create-harness';
import { findCondition } from '../runtime/conditions';
import { list, rec } from '../runtime/json';

let h: Harness | undefined;
afterEach(() => h?.stop());

const HOUR = 3_600_000;
const fault = (name: string) => ({ [FAULT_ANNOTATION]: name });
const one = (harness: Harness, kind: string): KubeObject => {
  const [obj] = harness.list(kind);
  if (!obj) throw new Error(`no ${kind}`);
  return obj;
};

describe('object faults on a Cluster', () => {
  it('infra-quota on AWS fails instance creation with InsufficientInstanceCapacity and leaves the Machine Provisioning', () => {
    h = createHarness();
    h.apply(buildAwsCluster({ name: 'aws', annotations: fault('infra-quota') }));
    h.clock.advance(HOUR);
    const awsMachine = one(h, 'AWSMachine');
    const instanceReady = list(rec(awsMachine.status).conditions).map(rec).find((c) => c.type === 'InstanceReady');
    expect(instanceReady).toMatchObject({ status: 'False', reason: 'InstanceProvisionFailed', severity: 'Error' });
    expect(String(instanceReady?.message)).toContain('InsufficientInstanceCapacity');
    const machine = one(h, 'Machine');
    expect(rec(machine.status).phase).toBe('Provisioning');
    expect(findCondition(machine, 'InfrastructureReady')).toMatchObject({ status: 'False' });
    expect(findCondition(machine, 'InfrastructureReady')?.message).toContain('InsufficientInstanceCapacity');
    expect(eventsFor(h, awsMachine.metadata.name)).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'FailedCreate' }));
    editObject(h, 'Cluster', 'aws', (d) => void (d.metadata.annotations = {}));
    h.runUntil(() => rec(one(h!, 'Machine').status).phase === 'Running', { what: 'the machine to run once the fault is removed' });
  }, 60_000);

  it('credentials-expired on AWS keeps the AWSCluster from becoming ready', () => {
    h = createHarness();
    h.apply(buildAwsCluster({ name: 'creds', annotations: fault('credentials-expired') }));
    h.clock.advance(HOUR);
    const awsCluster = one(h, 'AWSCluster');
    expect(rec(awsCluster.status).ready).toBe(false);
    expect(list(rec(awsCluster.status).conditions).map(rec).find((c) => c.type === 'VpcReady')).toMatchObject({ status: 'False', reason: 'VpcReconciliationFailed' });
    const cluster = h.get('Cluster', 'creds');
    expect(findCondition(cluster, 'InfrastructureReady')?.message).toContain('ExpiredToken');
    expect(findCondition(cluster, 'Available')).toMatchObject({ status: 'False', reason: 'NotAvailable' });
    expect(h.list('Machine')).toEqual([]);
  }, 60_000);

  it('no-control-plane-endpoint keeps the load balancer and the Cluster infrastructure not ready', () => {
    h = createHarness();
    h.createQuickStartCluster({ name: 'nolb', controlPlane: 1, workers: 1, annotations: fault('no-control-plane-endpoint') });
    h.clock.advance(HOUR);
    const devCluster = one(h, 'DevCluster');
    expect(findCondition(devCluster, 'LoadBalancerAvailable')).toMatchObject({ status: 'False', reason: 'LoadBalancerNotAvailable' });
    expect(rec(rec(devCluster.status).initialization).provisioned).toBe(false);
    const cluster = h.get('Cluster', 'nolb');
    expect(findCondition(cluster, 'InfrastructureReady')).toMatchObject({ status: 'False' });
    expect(rec(cluster?.status).phase).toBe('Provisioning');
    expect(findCondition(one(h, 'KubeadmControlPlane'), 'Initialized')).toMatchObject({ status: 'False', reason: 'NotInitialized' });
  }, 60_000);

  it('bootstrap-failure leaves machines Provisioned without a Node', () => {
    h = createHarness();
    h.createQuickStartCluster({ name: 'noboot', controlPlane: 1, workers: 1, annotations: fault('bootstrap-failure') });
    h.clock.advance(HOUR);
    const [machine] = machinesOf(h, 'noboot', 'control-plane');
    expect(rec(machine?.status).phase).toBe('Provisioned');
    expect(rec(machine?.status).nodeRef).toBeUndefined();
    expect(findCondition(machine, 'NodeHealthy')).toMatchObject({ status: 'Unknown', reason: 'NodeDoesNotExist' });
    expect(findCondition(machine, 'NodeReady')).toMatchObject({ status: 'Unknown', reason: 'NodeDoesNotExist' });
    const devMachine = h.get('DevMachine', machine?.metadata.name ?? '');
    expect(findCondition(devMachine, 'BootstrapExecSucceeded')).toMatchObject({ status: 'False', reason: 'BootstrapFailed' });
    expect(findCondition(h.get('Cluster', 'noboot'), 'ControlPlaneInitialized')).toMatchObject({ status: 'False', reason: 'NotInitialized' });
  }, 60_000);

  it('missing-cni leaves nodes NotReady with the kubelet CNI message', () => {
    h = createHarness();
    h.createQuickStartCluster({ name: 'nocni', controlPlane: 1, workers: 1, annotations: fault('missing-cni') });
    const harness = h;
    harness.runUntil(() => harness.list('Machine').length === 2 && harness.list('Machine').every((m) => rec(m.status).phase === 'Running'), { what: 'machines Running' });
    // past the normal CNI start-up delay, before the MachineHealthCheck's 5m timeout remediates them
    harness.clock.advance(120_000);
    for (const m of harness.list('Machine')) {
      expect(findCondition(m, 'NodeReady')).toMatchObject({ status: 'False', reason: 'NodeNotReady' });
      expect(findCondition(m, 'NodeReady')?.message).toContain('container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized');
      expect(findCondition(m, 'Ready')?.status).toBe('False');
    }
    expect(findCondition(harness.get('Cluster', 'nocni'), 'WorkersAvailable')?.status).toBe('False');
  }, 60_000);

  it('etcd-unhealthy reports EtcdClusterHealthy=False and stalls control-plane scale up', () => {
    h = createHarness();
    h.createQuickStartCluster({ name: 'etcd', controlPlane: 3, workers: 1, annotations: fault('etcd-unhealthy') });
    h.clock.advance(2 * HOUR);
    const kcp = one(h, 'KubeadmControlPlane');
    expect(findCondition(kcp, 'EtcdClusterHealthy')).toMatchObject({ status: 'False', reason: 'NotHealthy' });
    expect(findCondition(kcp, 'EtcdClusterHealthy')?.message).toContain('EtcdMemberHealthy');
    expect(findCondition(kcp, 'ScalingUp')?.message).toContain('is blocked because');
    expect(rec(kcp.status).replicas).toBe(1);
    expect(findCondition(kcp, 'Available')).toMatchObject({ status: 'False', reason: 'NotAvailable' });
  }, 60_000);
});

describe('object faults on a MachineDeployment', () => {
  it('drain-blocked stalls machine deletion in DrainingNode with the PDB message until the fault is removed', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'pdb', controlPlane: 1, workers: 2 });
    waitForReadyCluster(harness, 'pdb', { controlPlane: 1, workers: 2 });
    const md = one(harness, 'MachineDeployment');
    editObject(harness, 'MachineDeployment', md.metadata.name, (d) => void (d.metadata.annotations = { ...d.metadata.annotations, ...fault('drain-blocked') }));
    editObject(harness, 'Cluster', 'pdb', (d) => void (rec(list(rec(rec(rec(d.spec).topology).workers).machineDeployments)[0]).replicas = 1));
    harness.clock.advance(HOUR);
    const deleting = machinesOf(harness, 'pdb', 'worker').filter((m) => m.metadata.deletionTimestamp);
    expect(deleting).toHaveLength(1);
    const condition = findCondition(deleting[0], 'Deleting');
    expect(condition).toMatchObject({ status: 'True', reason: 'DrainingNode' });
    expect(condition?.message).toContain("Cannot evict pod as it would violate the pod's disruption budget");
    expect(eventsFor(harness, deleting[0]?.metadata.name ?? '')).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'FailedDrainNode' }));
    editObject(harness, 'MachineDeployment', md.metadata.name, (d) => void (d.metadata.annotations = {}));
    harness.runUntil(() => machinesOf(harness, 'pdb', 'worker').length === 1, { what: 'the drained machine to be deleted' });
  }, 60_000);

  it('mhc-remediation-storm gets machines marked unhealthy and replaced again and again', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'storm', controlPlane: 1, workers: 2 });
    waitForReadyCluster(harness, 'storm', { controlPlane: 1, workers: 2 });
    const original = new Set(machinesOf(harness, 'storm', 'worker').map((m) => m.metadata.name));
    const md = one(harness, 'MachineDeployment');
    editObject(harness, 'MachineDeployment', md.metadata.name, (d) => void (d.metadata.annotations = { ...d.metadata.annotations, ...fault('mhc-remediation-storm') }));
    const seen = new Set<string>();
    harness.runUntil(
      () => {
        for (const m of machinesOf(harness, 'storm', 'worker')) seen.add(m.metadata.name);
        return seen.size >= original.size + 4;
      },
      { maxMs: 3 * HOUR, what: 'several rounds of remediation' },
    );
    const marked = harness.list('Event').filter((e) => e.reason === 'MachineMarkedUnhealthy');
    expect(marked.length).toBeGreaterThanOrEqual(4);
    expect(findCondition(one(harness, 'MachineHealthCheck'), 'RemediationAllowed')).toBeDefined();
    expect(harness.errors).toEqual([]);
  }, 60_000);
});

describe('stuck-deletion', () => {
  it('leaves the Cluster and its Machines with an extra finalizer until the fault is removed', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'stuck', controlPlane: 1, workers: 1, annotations: fault('stuck-deletion') });
    waitForReadyCluster(harness, 'stuck', { controlPlane: 1, workers: 1 });
    harness.store.delete(harness.gr('Cluster'), 'default', 'stuck');
    harness.clock.advance(2 * HOUR);
    const cluster = harness.get('Cluster', 'stuck');
    expect(cluster?.metadata.deletionTimestamp).toBeDefined();
    const [worker] = machinesOf(harness, 'stuck', 'worker');
    expect(worker?.metadata.finalizers).toEqual(['sim.quarterdeck.dev/stuck']);
    expect(findCondition(worker, 'Deleting')).toMatchObject({ status: 'True', reason: 'DeletionCompleted' });
    expect(findCondition(cluster, 'Deleting')).toMatchObject({ status: 'True', reason: 'WaitingForWorkersDeletion' });
    editObject(harness, 'Cluster', 'stuck', (d) => void (d.metadata.annotations = {}));
    harness.runUntil(() => harness.get('Cluster', 'stuck') === undefined, { what: 'the Cluster to be gone' });
    expect(harness.list('Machine')).toEqual([]);
  }, 60_000);
});

describe('a fault set on a running Cluster', () => {
  it('no-control-plane-endpoint turns InfrastructureReady and RemoteConnectionProbe False but keeps the cluster initialized', () => {
    h = createHarness();
    const harness = h;
    harness.createQuickStartCluster({ name: 'lbdown', controlPlane: 1, workers: 1 });
    waitForReadyCluster(harness, 'lbdown', { controlPlane: 1, workers: 1 });
    editObject(harness, 'Cluster', 'lbdown', (d) => void (d.metadata.annotations = fault('no-control-plane-endpoint')));
    harness.clock.advance(60_000);
    const cluster = harness.get('Cluster', 'lbdown');
    expect(findCondition(cluster, 'InfrastructureReady')).toMatchObject({ status: 'False', reason: 'NotReady' });
    expect(findCondition(cluster, 'RemoteConnectionProbe')).toMatchObject({ status: 'False', reason: 'ProbeFailed' });
    expect(findCondition(cluster, 'Available')).toMatchObject({ status: 'False', reason: 'NotAvailable' });
    expect(rec(rec(cluster?.status).initialization)).toEqual({ infrastructureProvisioned: true, controlPlaneInitialized: true });
    expect(rec(cluster?.status).phase).toBe('Provisioned');
    editObject(harness, 'Cluster', 'lbdown', (d) => void (d.metadata.annotations = {}));
    harness.runUntil(() => findCondition(harness.get('Cluster', 'lbdown'), 'Available')?.status === 'True', { what: 'recovery' });
  }, 60_000);
});
