import { describe, expect, it } from 'vitest';
import { makeCluster, makeKcp, makeMachine, makeMachineDeployment } from '../__fixtures__/make-core-objects';
import { c, type CapiVersion } from '../__fixtures__/make-objects';
import { makeInfraMachine } from '../__fixtures__/make-provider-objects';
import { normalizeObject } from './normalize-object';

const versions: CapiVersion[] = ['v1beta1', 'v1beta2'];
const base = { namespace: 'team-a', cluster: 'prod-1' };

describe('normalizeObject on Cluster API objects in both served versions', () => {
  it.each(versions)('keeps new and old conditions apart on a %s Cluster', (version) => {
    const raw = makeCluster({
      version, name: 'prod-1', namespace: 'team-a', provider: 'aws', k8sVersion: 'v1.33.4', cpReplicas: 3, mds: [],
      v1beta2Conditions: [c('Available=False', { reason: 'NotAvailable', message: '* ControlPlaneAvailable: down' })],
      v1beta1Conditions: [c('Ready=False', { reason: 'WaitingForControlPlane', severity: 'Info' })],
    });
    const cluster = normalizeObject(raw);
    expect(cluster.servedVersion).toBe(version);
    expect(cluster.conditions).toEqual([
      { type: 'Available', status: 'False', reason: 'NotAvailable', message: '* ControlPlaneAvailable: down', lastTransitionTime: '2026-11-21T08:00:00Z' },
    ]);
    expect(cluster.v1beta1Conditions).toEqual([
      { type: 'Ready', status: 'False', reason: 'WaitingForControlPlane', severity: 'Info', lastTransitionTime: '2026-11-21T08:00:00Z' },
    ]);
    expect(cluster.parseWarnings).toEqual([]);
  });

  it.each(versions)('reads %s refs into one apiGroup-based shape', (version) => {
    const cluster = normalizeObject(makeCluster({ version, name: 'prod-1', namespace: 'team-a', provider: 'aws', k8sVersion: 'v1.33.4', cpReplicas: 3, mds: [] }));
    expect(cluster.controlPlaneRef).toMatchObject({ apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: 'prod-1-cp' });
    expect(cluster.infrastructureRef).toMatchObject({ apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'AWSCluster', name: 'prod-1' });
    const machine = normalizeObject(makeMachine({ ...base, version, name: 'm-0', provider: 'aws', k8sVersion: 'v1.33.4', controlPlane: false }));
    expect(machine.bootstrapConfigRef).toMatchObject({ apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'KubeadmConfig', name: 'm-0' });
    expect(machine.infrastructureRef).toMatchObject({ kind: 'AWSMachine', name: 'm-0' });
  });

  it.each(versions)('reads the %s topology class, version and machine deployment topologies', (version) => {
    const cluster = normalizeObject(
      makeCluster({ version, name: 'prod-1', provider: 'docker', k8sVersion: 'v1.32.4', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 4 }], className: 'quick-start' }),
    );
    expect(cluster.topology).toEqual({
      className: 'quick-start', version: 'v1.32.4', controlPlaneReplicas: 3,
      machineDeployments: [{ class: 'default-worker', name: 'md-0', replicas: 4 }], machinePools: [],
    });
  });

  it.each(versions)('reads %s cluster-level replica counters (status.controlPlane / status.v1beta2.controlPlane)', (version) => {
    const cluster = normalizeObject(makeCluster({ version, name: 'p', provider: 'docker', k8sVersion: 'v1.32.4', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 4 }] }));
    expect(cluster.controlPlaneReplicas).toEqual({ desired: 3, current: 3, ready: 3, available: 3, upToDate: 3 });
    expect(cluster.workerReplicas?.desired).toBe(4);
  });

  it.each(versions)('maps %s replica counters, including v1beta1 updatedReplicas, to upToDate', (version) => {
    const md = normalizeObject(makeMachineDeployment({ ...base, version, name: 'md', provider: 'docker', k8sVersion: 'v1.32.4', replicas: 5, ready: 4, available: 3, upToDate: 2 }));
    expect(md.replicas).toEqual({ desired: 5, current: 5, ready: 4, available: 3, upToDate: 2 });
  });

  it('falls back to v1beta1 counters when a CAPI ≤ 1.8 object has no status.v1beta2', () => {
    const md = normalizeObject({
      apiVersion: 'cluster.x-k8s.io/v1beta1', kind: 'MachineDeployment', metadata: { name: 'md', namespace: 'x' },
      spec: { replicas: 3 }, status: { replicas: 3, readyReplicas: 2, availableReplicas: 1, updatedReplicas: 3 },
    });
    expect(md.replicas).toEqual({ desired: 3, current: 3, ready: 2, available: 1, upToDate: 3 });
  });

  it.each(versions)('reads %s control plane and kubelet versions', (version) => {
    const kcp = normalizeObject(makeKcp({ ...base, version, name: 'cp', provider: 'docker', k8sVersion: 'v1.33.1', observedVersion: 'v1.32.7', replicas: 3 }));
    expect(kcp.versions).toEqual({ desired: 'v1.33.1', observed: 'v1.32.7' });
    const machine = normalizeObject(makeMachine({ ...base, version, name: 'm', provider: 'docker', k8sVersion: 'v1.33.1', kubeletVersion: 'v1.32.7', controlPlane: true }));
    expect(machine.versions).toEqual({ desired: 'v1.33.1', kubelet: 'v1.32.7' });
    expect(machine.nodeRef).toBe('m');
    expect(machine.providerID).toBe('docker:///m');
  });

  it.each([
    ['v1beta2', { initialization: { infrastructureProvisioned: true, controlPlaneInitialized: false } }],
    ['v1beta1', { infrastructureReady: true, controlPlaneReady: false }],
  ] as const)('reads %s initialization flags', (version, statusFields) => {
    const cluster = normalizeObject({ apiVersion: `cluster.x-k8s.io/${version}`, kind: 'Cluster', metadata: { name: 'c', namespace: 'n' }, status: statusFields });
    expect(cluster.initialization).toEqual({ infrastructureProvisioned: true, controlPlaneInitialized: false });
  });

  it.each([
    ['v1beta1', { failureReason: 'UpdateError', failureMessage: 'boom' }],
    ['v1beta2', { deprecated: { v1beta1: { failureReason: 'UpdateError', failureMessage: 'boom' } } }],
  ] as const)('reads %s failureReason and failureMessage', (version, statusFields) => {
    const machine = normalizeObject({ apiVersion: `cluster.x-k8s.io/${version}`, kind: 'Machine', metadata: { name: 'm', namespace: 'n' }, status: statusFields });
    expect(machine).toMatchObject({ failureReason: 'UpdateError', failureMessage: 'boom' });
  });

  it.each([
    ['spec.paused', { spec: { paused: true } }],
    ['the paused annotation', { metadata: { name: 'c', namespace: 'n', annotations: { 'cluster.x-k8s.io/paused': '' } } }],
  ])('treats %s as paused', (_label, patch) => {
    const cluster = normalizeObject({ apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'c', namespace: 'n' }, ...patch });
    expect(cluster.paused).toBe(true);
  });

  it('detects v1beta1-style provider conditions by their severity and reads status.ready', () => {
    const infra = normalizeObject(
      makeInfraMachine({ ...base, version: 'v1beta2', name: 'm', provider: 'aws', conditions: [c('Ready=False', { reason: 'InstanceProvisionFailed', severity: 'Error' })] }),
    );
    expect(infra.servedVersion).toBe('other');
    expect(infra.conditions).toEqual([]);
    expect(infra.v1beta1Conditions[0]).toMatchObject({ type: 'Ready', status: 'False', severity: 'Error' });
    expect(infra.ready).toBe(false);
  });

  it('builds a stable kind/namespace/name id and reads owner references', () => {
    const machine = normalizeObject(makeMachine({ ...base, version: 'v1beta2', name: 'm', provider: 'aws', k8sVersion: 'v1.33.4', controlPlane: true, owner: { apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2', kind: 'KubeadmControlPlane', name: 'cp' } }));
    expect(machine.id).toBe('Machine/team-a/m');
    expect(machine.clusterName).toBe('prod-1');
    expect(machine.ownerReferences).toEqual([{ apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: 'cp', uid: 'uid-team-a-cp', controller: true }]);
  });
});
