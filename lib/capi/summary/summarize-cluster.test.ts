import { describe, expect, it } from 'vitest';
import { makeClusterSet } from '../__fixtures__/make-cluster-set';
import { c, type CapiVersion, type RawObject } from '../__fixtures__/make-objects';
import { patchConditions, patchMeta, patchStatus } from '../__fixtures__/patch-object';
import { normalizeObjects } from '../normalize/normalize-object';
import { groupByCluster } from './group-by-cluster';
import { inferInfrastructureProvider } from './infer-provider';
import { summarizeCluster } from './summarize-cluster';

const now = new Date('2026-11-21T10:00:00Z');
const versions: CapiVersion[] = ['v1beta1', 'v1beta2'];

function summarize(objects: RawObject[], teamLabel?: string) {
  const bundle = [...groupByCluster(normalizeObjects(objects)).values()][0];
  if (!bundle) throw new Error('fixture has no Cluster');
  return summarizeCluster({ ...bundle, managementCluster: 'mgmt-eu', now, ...(teamLabel ? { teamLabel } : {}) });
}

describe('summarizeCluster', () => {
  it.each(versions)('summarizes a healthy %s cluster', (version) => {
    const set = makeClusterSet({ version, name: 'prod-1', namespace: 'team-a', provider: 'aws', mds: [{ name: 'md-0', replicas: 2 }, { name: 'md-1', replicas: 1 }] });
    const summary = summarize(set.all());
    expect(summary).toMatchObject({
      id: 'mgmt-eu/team-a/prod-1', health: 'healthy', infrastructureProvider: 'aws', infrastructureKind: 'AWSCluster',
      clusterClass: { name: 'quick-start', namespace: 'team-a' }, controlPlaneVersion: { desired: 'v1.33.4', observed: 'v1.33.4' },
      controlPlaneReplicas: { desired: 3, ready: 3 }, workerReplicas: { desired: 3 }, paused: false, deleting: false, upgrading: false,
      ageSeconds: 7200, servedVersion: version,
    });
    expect(summary.workerVersions).toEqual([
      { kind: 'MachineDeployment', name: 'prod-1-md-0', desired: 'v1.33.4', observed: ['v1.33.4'], machinesByVersion: { 'v1.33.4': 2 } },
      { kind: 'MachineDeployment', name: 'prod-1-md-1', desired: 'v1.33.4', observed: ['v1.33.4'], machinesByVersion: { 'v1.33.4': 1 } },
    ]);
  });

  it.each([
    ['v1beta2 Available=False before the control plane is initialized', 'v1beta2', (o: RawObject) => patchStatus(patchConditions(o, { v1beta2: [c('Available=False', { reason: 'NotAvailable' })] }), { phase: 'Provisioning', initialization: { infrastructureProvisioned: true, controlPlaneInitialized: false } }), 'provisioning'],
    ['v1beta2 Available=False on a provisioned cluster', 'v1beta2', (o: RawObject) => patchConditions(o, { v1beta2: [c('Available=False', { reason: 'NotAvailable' })] }), 'failing'],
    ['v1beta2 MachinesReady=False while Available', 'v1beta2', (o: RawObject) => patchConditions(o, { v1beta2: [c('MachinesReady=False', { reason: 'NotReady' })] }), 'degraded'],
    ['v1beta2 Available=Unknown', 'v1beta2', (o: RawObject) => patchConditions(o, { v1beta2: [c('Available=Unknown', { reason: 'AvailableUnknown' })] }), 'unknown'],
    ['v1beta1 Ready=False with severity Error', 'v1beta1', (o: RawObject) => patchStatus(o, { conditions: [c('Ready=False', { reason: 'ControlPlaneFailed', severity: 'Error' })], v1beta2: undefined }), 'failing'],
    ['v1beta1 Ready=False with severity Warning', 'v1beta1', (o: RawObject) => patchStatus(o, { conditions: [c('Ready=False', { reason: 'RollingUpdateInProgress', severity: 'Warning' })], v1beta2: undefined }), 'degraded'],
    ['a v1beta1 cluster without status.v1beta2 and Ready=True', 'v1beta1', (o: RawObject) => patchStatus(o, { v1beta2: undefined }), 'healthy'],
    ['a paused cluster', 'v1beta2', (o: RawObject) => { (o.spec as RawObject).paused = true; return o; }, 'paused'],
    ['a deleting cluster', 'v1beta1', (o: RawObject) => patchMeta(o, { deletionTimestamp: '2026-11-21T09:50:00Z' }), 'deleting'],
  ] as const)('derives the health of %s', (_label, version, mutate, health) => {
    const set = makeClusterSet({ version, name: 'c1' });
    mutate(set.cluster);
    expect(summarize(set.all()).health).toBe(health);
  });

  it('notes that a v1beta2 Cluster has no Ready condition and still gets a health', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1' });
    const summary = summarize(set.all());
    expect(summary.conditions.find((x) => x.type === 'Ready')).toBeUndefined();
    expect(summary.healthCondition?.type).toBe('Available');
  });

  it.each(versions)('flags a %s cluster whose control plane is still rolling to the topology version as upgrading', (version) => {
    const set = makeClusterSet({ version, name: 'c1', k8sVersion: 'v1.33.4' });
    ((set.cluster.spec as RawObject).topology as RawObject).version = 'v1.34.1';
    const summary = summarize(set.all());
    expect(summary.upgrading).toBe(true);
    expect(summary.controlPlaneVersion).toEqual({ desired: 'v1.34.1', observed: 'v1.33.4' });
  });

  it('flags a machine whose kubelet lags its spec.version as upgrading', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', className: null });
    const machine = set.machines[4];
    if (!machine) throw new Error('fixture');
    patchStatus(machine, { nodeInfo: { kubeletVersion: 'v1.32.9' } });
    const summary = summarize(set.all());
    expect(summary.upgrading).toBe(true);
    expect(summary.workerVersions[0]?.observed).toEqual(['v1.32.9', 'v1.33.4']);
  });

  it('reports MachinePool kubelet versions next to MachineDeployments', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', mds: [] });
    const pool = { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'MachinePool', metadata: { name: 'c1-mp-0', namespace: 'default', labels: { 'cluster.x-k8s.io/cluster-name': 'c1' } }, spec: { clusterName: 'c1', replicas: 1, template: { spec: { version: 'v1.33.4' } } } };
    const machine = structuredClone(set.machines[0] ?? {});
    machine.metadata = { name: 'c1-mp-0-abc', namespace: 'default', labels: { 'cluster.x-k8s.io/cluster-name': 'c1', 'cluster.x-k8s.io/pool-name': 'c1-mp-0' } };
    patchStatus(machine, { nodeInfo: { kubeletVersion: 'v1.33.1' } });
    expect(summarize([...set.all(), pool, machine]).workerVersions).toEqual([
      { kind: 'MachinePool', name: 'c1-mp-0', desired: 'v1.33.4', observed: ['v1.33.1'], machinesByVersion: { 'v1.33.1': 1 } },
    ]);
  });

  it.each([
    ['the cluster label', { 'quarterdeck.dev/team': 'payments' }, undefined, 'payments'],
    ['the namespace mapping', {}, 'search', 'search'],
    ['the cluster label over the namespace mapping', { 'quarterdeck.dev/team': 'payments' }, 'search', 'payments'],
  ])('takes the team from %s', (_label, labels, namespaceTeam, team) => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', labels });
    expect(summarize(set.all(), namespaceTeam).team).toBe(team);
  });
});

describe('inferInfrastructureProvider', () => {
  it.each([
    ['AWSCluster', 'aws'], ['AWSManagedCluster', 'aws'], ['DockerCluster', 'docker'], ['DevCluster', 'docker'], ['AzureCluster', 'azure'],
    ['AzureASOManagedCluster', 'azure'], ['VSphereCluster', 'vsphere'], ['GCPCluster', 'gcp'], ['OpenStackCluster', 'openstack'],
    ['Metal3Cluster', 'metal3'], ['FooCluster', 'foo'], [undefined, 'unknown'],
  ])('maps %s to %s', (kind, provider) => {
    expect(inferInfrastructureProvider(kind)).toBe(provider);
  });
});
