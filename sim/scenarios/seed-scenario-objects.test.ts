import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store';
import { buildEmptyScenario } from './build-empty-scenario';
import { buildReconciledCluster } from './build-reconciled-cluster';
import { createScenarioRandom } from './create-random';
import { findCapiDir } from './find-capi-dir';
import { INFRA_PROVIDERS } from './infra-providers';
import { loadClusterClass } from './load-cluster-classes';
import { resolveClassTemplates } from './resolve-class-templates';
import { runAfterSeed, seedScenarioObjects, type ResolveKind } from './seed-scenario-objects';

const PLURALS: Record<string, string> = { Namespace: 'namespaces', Secret: 'secrets', Provider: 'providers' };
const resolve: ResolveKind = (apiVersion, kind) => ({ group: apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '', resource: PLURALS[kind] ?? `${kind.toLowerCase()}s` });

function seededStore() {
  let seedTime: Date | undefined;
  const now = new Date('2026-11-21T10:00:00Z');
  const store = createMemoryStore({ now: () => seedTime ?? now });
  const objects = [...buildReconciledCluster({
    random: createScenarioRandom(3), provider: INFRA_PROVIDERS.docker, templates: resolveClassTemplates(loadClusterClass({ name: 'quick-start', capiDir: findCapiDir() })),
    name: 'orders', namespace: 'team-payments', region: 'eu-west-1', createdAt: new Date('2026-03-01T08:00:00Z'), version: 'v1.33.5',
    controlPlaneReplicas: 1, machineDeployments: [{ name: 'md-0', class: 'default-worker', replicas: 2 }], topology: true, ipPrefix: '10.0',
  })];
  const count = seedScenarioObjects({ store, objects, resolve, setSeedTime: (time) => (seedTime = time) });
  return { store, count, objects };
}

describe('seedScenarioObjects', () => {
  it('creates every object with the backdated creation time of the scenario', () => {
    const { store, count, objects } = seededStore();
    expect(count).toBe(objects.length);
    const cluster = store.get({ group: 'cluster.x-k8s.io', resource: 'clusters' }, 'team-payments', 'orders');
    expect(cluster?.metadata.creationTimestamp).toBe('2026-03-01T08:00:00Z');
    expect((cluster?.status as { phase?: string } | undefined)?.phase).toBe('Provisioned');
  });

  it('points owner references at the uids the store assigned', () => {
    const { store } = seededStore();
    const machines = store.list({ group: 'cluster.x-k8s.io', resource: 'machines' }).items;
    const owners = new Set([
      ...store.list({ group: 'cluster.x-k8s.io', resource: 'machinesets' }).items,
      ...store.list({ group: 'controlplane.cluster.x-k8s.io', resource: 'kubeadmcontrolplanes' }).items,
    ].map((o) => o.metadata.uid));
    expect(machines).toHaveLength(3);
    for (const machine of machines) expect(owners.has(machine.metadata.ownerReferences?.[0]?.uid ?? '')).toBe(true);
  });

  it('stamps objects created without a history with the current time', () => {
    const store = createMemoryStore({ now: () => new Date('2026-11-21T10:00:00Z') });
    const scenario = buildEmptyScenario({ seed: 1, capiDir: findCapiDir() });
    seedScenarioObjects({ store, objects: scenario.managementClusters[0]?.objects() ?? [], resolve, setSeedTime: () => undefined });
    const providers = store.list({ group: 'clusterctl.cluster.x-k8s.io', resource: 'providers' }).items;
    expect(providers.map((p) => p.metadata.name).sort()).toEqual(['bootstrap-kubeadm', 'cluster-api', 'control-plane-kubeadm', 'infrastructure-docker']);
    expect(providers[0]?.metadata.creationTimestamp).toBe('2026-11-21T10:00:00Z');
  });

  it('starts deleting objects after seeding', () => {
    const { store } = seededStore();
    runAfterSeed({ store, resolve, actions: [{ action: 'delete', apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', namespace: 'team-payments', name: 'orders' }] });
    expect(store.get({ group: 'cluster.x-k8s.io', resource: 'clusters' }, 'team-payments', 'orders')?.metadata.deletionTimestamp).toBeDefined();
  });
});
