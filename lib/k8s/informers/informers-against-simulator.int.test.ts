// The informers against the real simulator (HTTPS API server, CAPI CRDs, v1beta1-only management
// cluster, faults through the same holder its admin API writes).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '@/sim/start-simulator';
import { splitApiVersion } from '../discovery/discovered-apis';
import { buildRegistry } from '../registry/build-registry';
import { runKubectl } from '../test-support/run-kubectl';
import { waitFor } from '../test-support/wait-for';
import { createInformerFleet, type InformerFleet } from './create-informer-fleet';
import { isK8sObject, type K8sObject } from './kube-object';
import { isCapiEvent } from './select-informer-resources';

const tuning = { backoffMinMs: 50, backoffMaxMs: 500 };

describe('informers against the simulator', () => {
  let stateDir = '';
  let simulator: Simulator;
  let fleet: InformerFleet;

  const simulated = (name: string) => {
    const found = simulator.managementClusters.find((mc) => mc.name === name);
    if (!found) throw new Error(`no simulated management cluster ${name}`);
    return found;
  };
  const kubectl = (context: string, ...args: string[]) => runKubectl({ kubeconfig: simulator.kubeconfigPath, context, args });
  const line = (object: K8sObject) => `${object.kind}.${splitApiVersion(object.apiVersion).group} ${object.metadata.namespace ?? ''}/${object.metadata.name} ${object.metadata.uid}@${object.metadata.resourceVersion}`;

  const cacheLines = (managementCluster: string) =>
    (fleet.status(managementCluster)?.kinds ?? [])
      .flatMap((kind) => fleet.store({ managementCluster, kind: kind.kind, group: kind.group })?.list() ?? [])
      .map(line)
      .sort();

  const kubectlLines = async (managementCluster: string) => {
    const kinds = fleet.status(managementCluster)?.kinds ?? [];
    const resources = kinds.map((kind) => (kind.group === '' ? kind.plural : `${kind.plural}.${kind.group}`)).join(',');
    const list = JSON.parse(await kubectl(managementCluster, 'get', resources, '--all-namespaces', '-o', 'json')) as { items: unknown[] };
    return list.items
      .filter(isK8sObject)
      .filter((object) => object.kind !== 'Event' || isCapiEvent(object))
      .map(line)
      .sort();
  };

  const allConnected = () => fleet.managementClusters().every((status) => status.state === 'connected');

  beforeAll(async () => {
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'qd-k8s-sim-'));
    simulator = await startSimulator({ scenario: 'demo', stateDir, controllers: false });
    const entries = buildRegistry({ config: { managementClusters: [] }, demo: true, env: { QUARTERDECK_SIM_STATE: stateDir } });
    fleet = createInformerFleet({ entries, tuning });
    await waitFor({ condition: allConnected, timeoutMs: 90_000, what: 'every management cluster to connect', intervalMs: 100 });
  });

  afterAll(async () => {
    fleet?.stop();
    await simulator?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('connects to every simulated management cluster and reads the served CAPI version', () => {
    expect(fleet.managementClusters().map((status) => [status.name, status.state, status.capiVersion, status.capiServedVersions])).toEqual([
      ['mgmt-eu-west', 'connected', 'v1beta2', ['v1beta2', 'v1beta1']],
      ['mgmt-us-east', 'connected', 'v1beta2', ['v1beta2', 'v1beta1']],
      ['mgmt-ap-south', 'connected', 'v1beta1', ['v1beta1']],
    ]);
    const kinds = fleet.status('mgmt-eu-west')?.kinds.map((kind) => kind.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['Cluster', 'ClusterClass', 'KubeadmControlPlane', 'MachineDeployment', 'MachineSet', 'Machine', 'MachinePool', 'MachineHealthCheck', 'Provider', 'Event', 'AWSMachine', 'KubeadmConfig']));
  });

  it.each(['mgmt-eu-west', 'mgmt-us-east', 'mgmt-ap-south'])('holds exactly what kubectl get -o json returns for every kind of %s', async (managementCluster) => {
    const expected = await kubectlLines(managementCluster);
    expect(expected.length).toBeGreaterThan(100);
    expect(cacheLines(managementCluster)).toEqual(expected);
  });

  it('shows a kubectl patch in the cache within 2 s', async () => {
    const [cluster] = fleet.read({ managementCluster: 'mgmt-eu-west', kind: 'Cluster' }).items;
    if (!cluster) throw new Error('no Cluster in the cache');
    const patched = JSON.parse(
      await kubectl('mgmt-eu-west', 'patch', 'clusters.cluster.x-k8s.io', cluster.metadata.name, '-n', cluster.metadata.namespace ?? '', '--type', 'merge', '-p', '{"metadata":{"labels":{"quarterdeck.dev/test":"patched"}}}', '-o', 'json'),
    ) as K8sObject;
    const store = fleet.store({ managementCluster: 'mgmt-eu-west', kind: 'Cluster' });
    await waitFor({
      condition: () => store?.get(cluster.metadata.namespace, cluster.metadata.name)?.metadata.resourceVersion === patched.metadata.resourceVersion,
      timeoutMs: 2_000,
      what: 'the patched Cluster in the cache',
    });
    expect(store?.get(cluster.metadata.namespace, cluster.metadata.name)?.metadata.labels).toMatchObject({ 'quarterdeck.dev/test': 'patched' });
  });

  it('marks an unreachable management cluster stale or unreachable while reads return the cache at once', async () => {
    const target = simulated('mgmt-us-east');
    const before = fleet.read({ managementCluster: 'mgmt-us-east', kind: 'Machine' }).items.length;
    target.faults.set({ unreachable: true });
    try {
      await waitFor({ condition: () => ['stale', 'unreachable'].includes(fleet.status('mgmt-us-east')?.state ?? ''), timeoutMs: 15_000, what: 'the outage to show' });
      const startedAt = performance.now();
      const read = fleet.read({ managementCluster: 'mgmt-us-east', kind: 'Machine' });
      expect(performance.now() - startedAt).toBeLessThan(50);
      expect(read.stale).toBe(true);
      expect(read.staleSince).not.toBeNull();
      expect(read.items).toHaveLength(before);
      expect(fleet.status('mgmt-us-east')?.error).toBeTruthy();
      expect(fleet.status('mgmt-eu-west')?.state).toBe('connected');
    } finally {
      target.faults.reset();
    }
    await waitFor({ condition: () => fleet.status('mgmt-us-east')?.state === 'connected', timeoutMs: 30_000, what: 'the recovery' });
    expect(fleet.status('mgmt-us-east')?.staleSince).toBeNull();
  });

  it('answers reads of every management cluster at once while one management cluster is slow', async () => {
    const target = simulated('mgmt-ap-south');
    const restarts = () => (fleet.status('mgmt-ap-south')?.kinds ?? []).reduce((sum, kind) => sum + kind.watchRestarts, 0);
    const restartsBefore = restarts();
    target.faults.set({ latencyMs: 5_000, dropWatchesAfterMs: 50 });
    try {
      await waitFor({ condition: () => restarts() > restartsBefore, timeoutMs: 5_000, what: 'reconnects to the slow server' });
      const startedAt = performance.now();
      const reads = ['mgmt-eu-west', 'mgmt-us-east', 'mgmt-ap-south'].map((managementCluster) => fleet.read({ managementCluster, kind: 'Cluster' }));
      const statuses = fleet.managementClusters();
      expect(performance.now() - startedAt).toBeLessThan(50);
      expect(reads.map((read) => read.items.length > 0)).toEqual([true, true, true]);
      expect(statuses.find((status) => status.name === 'mgmt-eu-west')?.state).toBe('connected');
    } finally {
      target.faults.reset();
    }
    await waitFor({ condition: () => fleet.status('mgmt-ap-south')?.state === 'connected', timeoutMs: 30_000, what: 'the recovery' });
  });

  it('converges on the API server objects (uid and resourceVersion) after dropped watches and a 410 storm', async () => {
    const target = simulated('mgmt-eu-west');
    const clusterStatus = () => fleet.status('mgmt-eu-west')?.kinds.find((kind) => kind.kind === 'Cluster');
    const relistsBefore = clusterStatus()?.relists ?? 0;
    const clusters = fleet.read({ managementCluster: 'mgmt-eu-west', kind: 'Cluster' }).items.slice(0, 3);
    const [doomed] = fleet.read({ managementCluster: 'mgmt-eu-west', kind: 'MachineHealthCheck' }).items;
    target.faults.set({ dropWatchesAfterMs: 100, goneStorm: true });
    try {
      for (const cluster of clusters) await kubectl('mgmt-eu-west', 'label', 'clusters.cluster.x-k8s.io', cluster.metadata.name, '-n', cluster.metadata.namespace ?? '', 'quarterdeck.dev/storm=yes', '--overwrite');
      if (doomed) await kubectl('mgmt-eu-west', 'delete', 'machinehealthchecks.cluster.x-k8s.io', doomed.metadata.name, '-n', doomed.metadata.namespace ?? '', '--wait=false');
      await waitFor({ condition: () => (clusterStatus()?.relists ?? 0) >= relistsBefore + 2, timeoutMs: 20_000, what: 'relists during the storm' });
    } finally {
      target.faults.reset();
    }
    await waitFor({ condition: () => fleet.status('mgmt-eu-west')?.state === 'connected', timeoutMs: 30_000, what: 'the recovery' });
    const expected = await kubectlLines('mgmt-eu-west');
    await waitFor({ condition: () => JSON.stringify(cacheLines('mgmt-eu-west')) === JSON.stringify(expected), timeoutMs: 5_000, what: 'the cache to equal the API server' });
    expect(cacheLines('mgmt-eu-west')).toEqual(expected);
    expect(expected.filter((entry) => entry.startsWith('MachineHealthCheck.') && doomed && entry.includes(`/${doomed.metadata.name} `))).toEqual([]);
  });
});
