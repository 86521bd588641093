import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManagementClusterEntry } from '../registry/management-cluster-entry';
import { startFakeKubeServer, type FakeKubeServer } from '../test-support/fake-kube-server';
import { waitFor } from '../test-support/wait-for';
import { createInformerFleet, type InformerFleet } from './create-informer-fleet';

const CLUSTERS = '/apis/cluster.x-k8s.io/v1beta2/clusters';
const EVENTS = '/api/v1/events';

function serveDiscovery(server: FakeKubeServer) {
  server.route('/apis', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        kind: 'APIGroupList',
        groups: [
          { name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } },
          {
            name: 'cluster.x-k8s.io',
            versions: [
              { groupVersion: 'cluster.x-k8s.io/v1beta2', version: 'v1beta2' },
              { groupVersion: 'cluster.x-k8s.io/v1beta1', version: 'v1beta1' },
            ],
            preferredVersion: { groupVersion: 'cluster.x-k8s.io/v1beta2', version: 'v1beta2' },
          },
        ],
      }),
    );
  });
  server.route('/apis/cluster.x-k8s.io/v1beta2', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ kind: 'APIResourceList', resources: [{ name: 'clusters', kind: 'Cluster', namespaced: true, verbs: ['list', 'watch'] }, { name: 'clusters/status', kind: 'Cluster', namespaced: true, verbs: ['get'] }] }));
  });
}

function entry(server: FakeKubeServer, overrides: Partial<ManagementClusterEntry> = {}): ManagementClusterEntry {
  return { name: 'fake', displayName: 'Fake', labels: { env: 'test' }, source: 'config', kubeConfig: server.kubeConfig, refusal: null, ...overrides };
}

describe('createInformerFleet against a fake API server', () => {
  let server: FakeKubeServer;
  let fleet: InformerFleet | undefined;

  beforeEach(async () => {
    server = await startFakeKubeServer();
    serveDiscovery(server);
    server.put(CLUSTERS, { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'c1', namespace: 'team-a', uid: 'c1' } });
    server.put(EVENTS, { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1', namespace: 'team-a', uid: 'e1' }, involvedObject: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', name: 'c1' } });
    server.put(EVENTS, { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e2', namespace: 'team-a', uid: 'e2' }, involvedObject: { apiVersion: 'v1', kind: 'Pod', name: 'p' } });
  });

  afterEach(async () => {
    fleet?.stop();
    await server.close();
  });

  it('discovers the served CAPI version, syncs every kind and keeps only CAPI events', async () => {
    fleet = createInformerFleet({ entries: [entry(server)], tuning: { backoffMinMs: 20, backoffMaxMs: 100 } });
    const current = fleet;
    expect(['connecting', 'syncing']).toContain(current.status('fake')?.state);
    await waitFor({ condition: () => current.status('fake')?.state === 'connected', timeoutMs: 10_000, what: 'connected' });
    const status = current.status('fake');
    expect(status).toMatchObject({ capiVersion: 'v1beta2', capiServedVersions: ['v1beta2', 'v1beta1'], staleSince: null, error: null });
    expect(status?.kinds.map((kind) => kind.kind).sort()).toEqual(['Cluster', 'Event']);
    expect(status?.lastSyncAt).not.toBeNull();
    expect(current.read({ managementCluster: 'fake', kind: 'Cluster' }).items.map((item) => item.metadata.name)).toEqual(['c1']);
    expect(current.read({ managementCluster: 'fake', kind: 'Event' }).items.map((item) => item.metadata.name)).toEqual(['e1']);
  });

  it('lists a refused management cluster without contacting it', async () => {
    fleet = createInformerFleet({ entries: [entry(server, { kubeConfig: null, refusal: 'management cluster "fake": user "u" uses "exec"' })] });
    expect(fleet.status('fake')).toMatchObject({ state: 'refused', error: 'management cluster "fake": user "u" uses "exec"', kinds: [] });
    expect(fleet.read({ managementCluster: 'fake', kind: 'Cluster' })).toMatchObject({ items: [], stale: true, synced: false });
    expect(server.requests).toEqual([]);
  });

  it('answers reads at once from the cache, marked stale, when the management cluster goes away', async () => {
    fleet = createInformerFleet({ entries: [entry(server)], tuning: { backoffMinMs: 20, backoffMaxMs: 100 } });
    const current = fleet;
    await waitFor({ condition: () => current.status('fake')?.state === 'connected', timeoutMs: 10_000, what: 'connected' });
    await server.close();
    await waitFor({ condition: () => current.status('fake')?.state === 'unreachable', timeoutMs: 10_000, what: 'unreachable' });
    const startedAt = performance.now();
    const read = current.read({ managementCluster: 'fake', kind: 'Cluster' });
    expect(performance.now() - startedAt).toBeLessThan(20);
    expect(read).toMatchObject({ state: 'unreachable', stale: true, synced: true });
    expect(read.items).toHaveLength(1);
    expect(read.staleSince).not.toBeNull();
    expect(read.lastSyncAt).not.toBeNull();
    server = await startFakeKubeServer();
  });

  it('reports a management cluster that never answered as unreachable with a safe error', async () => {
    const port = new URL(server.url).port;
    await server.close();
    fleet = createInformerFleet({ entries: [entry(server)], tuning: { backoffMinMs: 20, backoffMaxMs: 100 } });
    const current = fleet;
    await waitFor({ condition: () => current.status('fake')?.state === 'unreachable', timeoutMs: 10_000, what: 'unreachable' });
    expect(current.status('fake')).toMatchObject({ error: 'connection refused', capiVersion: null });
    expect(current.status('fake')?.error).not.toContain(port);
    server = await startFakeKubeServer();
  });
});
