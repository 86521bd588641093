import { expect, test } from '@playwright/test';
import type { ClusterListResponse } from '../lib/fleet/list-clusters';
import type { CacheDigest } from '../lib/fleet/get-cache-digest';
import { openEventStream, type StreamEvent } from './support/read-event-stream';
import { signedInApi, type SignedInApi } from './support/signed-in-api';
import { clearManagementClusterFaults, kubectl, kubectlJson, readManifest, setManagementClusterFaults } from './support/simulator';

interface KubeList {
  items: { apiVersion: string; kind: string; metadata: { name: string; namespace: string; uid: string; resourceVersion: string; deletionTimestamp?: string }; spec?: { paused?: boolean; topology?: { version?: string } }; status?: Record<string, unknown> }[];
}

type Condition = { type: string; status: string };

function availableStatus(cluster: KubeList['items'][number]): string | undefined {
  const status = cluster.status ?? {};
  const v1beta2 = cluster.apiVersion.endsWith('/v1beta2') ? (status.conditions as Condition[] | undefined) : ((status.v1beta2 as { conditions?: Condition[] } | undefined)?.conditions);
  return v1beta2?.find((condition) => condition.type === 'Available')?.status;
}

async function allClusters(api: SignedInApi): Promise<ClusterListResponse> {
  const response = await api.request.get('/api/clusters?limit=1000');
  expect(response.status()).toBe(200);
  return (await response.json()) as ClusterListResponse;
}

test.describe('fleet API against the simulator', () => {
  let api: SignedInApi;
  test.beforeAll(async ({ playwright, baseURL }) => {
    api = await signedInApi({ playwright, baseURL: baseURL ?? '', username: 'admin' });
  });
  test.afterAll(async () => api.dispose());

  test('returns every cluster of every management cluster with its health and Kubernetes version, in both API versions', async () => {
    const manifest = readManifest();
    expect(manifest.managementClusters.map((mc) => mc.capiApi).sort()).toEqual(['v1beta1-only', 'v1beta2', 'v1beta2']);
    await expect(async () => {
      const fleet = await allClusters(api);
      let expected = 0;
      for (const mc of manifest.managementClusters) {
        const list = await kubectlJson<KubeList>({ context: mc.context, args: ['get', 'clusters.cluster.x-k8s.io', '-A'] });
        expected += list.items.length;
        for (const cluster of list.items) {
          expect(cluster.apiVersion).toBe(mc.capiApi === 'v1beta1-only' ? 'cluster.x-k8s.io/v1beta1' : 'cluster.x-k8s.io/v1beta2');
          const summary = fleet.items.find((item) => item.id === `${mc.name}/${cluster.metadata.namespace}/${cluster.metadata.name}`);
          expect(summary, `${mc.name}/${cluster.metadata.name}`).toBeDefined();
          expect(summary?.servedVersion).toBe(mc.capiApi === 'v1beta1-only' ? 'v1beta1' : 'v1beta2');
          if (cluster.spec?.topology?.version) expect(summary?.controlPlaneVersion.desired).toBe(cluster.spec.topology.version);
          if (cluster.metadata.deletionTimestamp) expect(summary?.health).toBe('deleting');
          else if (cluster.spec?.paused) expect(summary?.health).toBe('paused');
          else if (availableStatus(cluster) === 'True') expect(summary?.health).toBe('healthy');
          else expect(summary?.health).not.toBe('healthy');
        }
      }
      expect(fleet.total).toBe(expected);
      expect(fleet.managementClusters.every((mc) => mc.status === 'connected')).toBe(true);
    }).toPass({ timeout: 120_000 });
  });

  test('a kubectl patch on a management cluster reaches an open stream within 2 seconds', async ({ baseURL }) => {
    const fleet = await allClusters(api);
    const target = fleet.items.find((item) => item.managementCluster === 'mgmt-eu-west');
    if (!target) throw new Error('no cluster on mgmt-eu-west');
    const events: StreamEvent[] = [];
    const close = await openEventStream({ url: `${baseURL}/api/stream`, cookie: api.cookie, onEvent: (event) => events.push(event) });
    try {
      await expect.poll(() => events.some((event) => event.event === 'management-clusters')).toBe(true);
      const patchedAt = Date.now();
      await kubectl({ context: 'mgmt-eu-west', args: ['-n', target.namespace, 'label', 'clusters.cluster.x-k8s.io', target.name, `quarterdeck.dev/e2e=${patchedAt}`, '--overwrite'] });
      await expect
        .poll(() => events.find((event) => event.event === 'fleet' && (event.data as { changed: string[] }).changed.includes(target.id) && event.receivedAt >= patchedAt), { timeout: 5_000 })
        .toBeDefined();
      const seen = events.find((event) => event.event === 'fleet' && (event.data as { changed: string[] }).changed.includes(target.id) && event.receivedAt >= patchedAt);
      expect((seen?.receivedAt ?? Infinity) - patchedAt).toBeLessThan(2_000);
    } finally {
      close();
    }
  });

  test('with one management cluster unreachable the fleet API answers within a second, that one stale and the others live', async () => {
    const victim = 'mgmt-ap-south';
    const before = await allClusters(api);
    const victimClusters = before.items.filter((item) => item.managementCluster === victim).length;
    expect(victimClusters).toBeGreaterThan(0);
    await setManagementClusterFaults(victim, { unreachable: true });
    try {
      await expect
        .poll(async () => (await allClusters(api)).managementClusters.find((mc) => mc.name === victim)?.status, { timeout: 60_000 })
        .toMatch(/^(stale|unreachable)$/);
      const started = Date.now();
      const during = await allClusters(api);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(during.items.filter((item) => item.managementCluster === victim).length).toBe(victimClusters);
      expect(during.managementClusters.filter((mc) => mc.name !== victim).every((mc) => mc.status === 'connected')).toBe(true);
      expect(during.managementClusters.find((mc) => mc.name === victim)?.staleSince).toBeTruthy();
    } finally {
      await clearManagementClusterFaults(victim);
    }
    await expect.poll(async () => (await allClusters(api)).managementClusters.find((mc) => mc.name === victim)?.status, { timeout: 90_000 }).toBe('connected');
  });

  test('after dropped watches and a 410 Gone storm the console holds exactly the simulator objects', async () => {
    const mc = 'mgmt-us-east';
    const fleet = await allClusters(api);
    const targets = fleet.items.filter((item) => item.managementCluster === mc).slice(0, 3);
    await setManagementClusterFaults(mc, { dropWatchesAfterMs: 300, goneStorm: true });
    try {
      for (const [index, target] of targets.entries()) {
        await kubectl({ context: mc, args: ['-n', target.namespace, 'annotate', 'clusters.cluster.x-k8s.io', target.name, `quarterdeck.dev/e2e-storm=${Date.now()}-${index}`, '--overwrite'] });
      }
    } finally {
      await clearManagementClusterFaults(mc);
    }
    await expect(async () => {
      const response = await api.request.get(`/api/management-clusters/${mc}/cache`);
      expect(response.status()).toBe(200);
      const digest = (await response.json()) as CacheDigest;
      for (const [key, cached] of Object.entries(digest.kinds)) {
        if (key.startsWith('Event.')) continue; // events are filtered and bounded by design
        const [kind, ...group] = key.split('.');
        const resource = group.length > 0 && group.join('.') !== '' ? `${kind?.toLowerCase()}.${group.join('.')}` : (kind ?? '').toLowerCase();
        const list = await kubectlJson<KubeList>({ context: mc, args: ['get', resource, '-A'] });
        const actual = list.items.map((item) => [`${item.metadata.namespace ?? ''}/${item.metadata.name}`, item.metadata.uid, item.metadata.resourceVersion]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(cached, key).toEqual(actual);
      }
    }).toPass({ timeout: 90_000 });
  });
});
