import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeKubeServer, type FakeKubeServer } from '../test-support/fake-kube-server';
import { waitFor } from '../test-support/wait-for';
import type { Informer, InformerResource } from './informer-types';
import { startInformer } from './start-informer';

const MACHINES = '/apis/cluster.x-k8s.io/v1beta2/machines';
const resource: InformerResource = { group: 'cluster.x-k8s.io', version: 'v1beta2', apiVersion: 'cluster.x-k8s.io/v1beta2', plural: 'machines', kind: 'Machine', namespaced: true };
const fast = { backoffMinMs: 20, backoffMaxMs: 100, staleAfterMs: 5_000 };

function machine(name: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'Machine',
    metadata: { name, namespace: 'team-a', uid: `uid-${name}`, managedFields: [{ manager: 'capi', operation: 'Update' }], ...extra },
    spec: { clusterName: 'c1' },
  };
}

const fingerprint = (objects: { metadata: { uid: string; resourceVersion: string } }[]) =>
  objects.map((object) => `${object.metadata.uid}@${object.metadata.resourceVersion}`).sort();

describe('startInformer against a fake API server', () => {
  let server: FakeKubeServer;
  let informer: Informer | undefined;

  beforeEach(async () => {
    server = await startFakeKubeServer();
    for (let index = 0; index < 1_203; index += 1) server.put(MACHINES, machine(`m-${index}`));
  });

  afterEach(async () => {
    informer?.stop();
    await server.close();
  });

  it('lists in pages of 500 with continue tokens and strips managedFields', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    await waitFor({ condition: () => current.status().synced, timeoutMs: 10_000, what: 'the first sync' });
    const lists = server.requests.filter((request) => request.startsWith(`GET ${MACHINES}?`) && !request.includes('watch=true'));
    expect(lists).toEqual([`GET ${MACHINES}?limit=500`, `GET ${MACHINES}?limit=500&continue=500`, `GET ${MACHINES}?limit=500&continue=1000`]);
    expect(current.cache.size()).toBe(1_203);
    expect(current.cache.get('team-a', 'm-7')?.metadata.managedFields).toBeUndefined();
    expect(current.cache.get('team-a', 'm-7')?.kind).toBe('Machine');
  });

  it('fills an empty cache page by page on the first list, not in one swap at the end', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    const seen: { size: number; synced: boolean }[] = [];
    current.cache.subscribe(() => seen.push({ size: current.cache.size(), synced: current.status().synced }));
    await waitFor({ condition: () => current.status().synced, timeoutMs: 10_000, what: 'the first sync' });
    expect(seen[0]).toEqual({ size: 1, synced: false });
    expect(seen).toHaveLength(1_203);
    expect(fingerprint(current.cache.list())).toEqual(fingerprint(server.objects(MACHINES)));
  });

  it('watches with bookmarks from the list resourceVersion and applies changes', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to open' });
    const watch = server.requests.find((request) => request.includes('watch=true')) ?? '';
    expect(watch).toContain('allowWatchBookmarks=true');
    expect(watch).toContain('resourceVersion=1303');
    server.put(MACHINES, machine('m-1', { labels: { changed: 'yes' } }));
    server.remove(MACHINES, 'm-2');
    server.put(MACHINES, machine('m-new'));
    await waitFor({ condition: () => current.cache.get('team-a', 'm-new') !== undefined, timeoutMs: 5_000, what: 'the added machine' });
    expect(current.cache.get('team-a', 'm-1')?.metadata.labels).toEqual({ changed: 'yes' });
    expect(current.cache.get('team-a', 'm-2')).toBeUndefined();
    expect(fingerprint(current.cache.list())).toEqual(fingerprint(server.objects(MACHINES)));
  });

  it('resumes a dropped watch from the last resourceVersion without relisting', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to open' });
    const changed = server.put(MACHINES, machine('m-3', { labels: { step: '1' } }));
    await waitFor({ condition: () => current.cache.get('team-a', 'm-3')?.metadata.resourceVersion === changed.metadata.resourceVersion, timeoutMs: 5_000, what: 'the change' });
    server.dropWatches();
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to reopen' });
    const watches = server.requests.filter((request) => request.includes('watch=true'));
    expect(watches.at(-1)).toContain(`resourceVersion=${changed.metadata.resourceVersion}`);
    expect(current.status().relists).toBe(1);
  });

  it('relists after 410 Gone and converges on the server content after a 410 storm', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to open' });
    server.faults.goneStorm = true;
    server.faults.silentWatches = true;
    server.dropWatches();
    server.put(MACHINES, machine('m-during-storm'));
    server.remove(MACHINES, 'm-5');
    await waitFor({ condition: () => current.status().relists >= 3, timeoutMs: 10_000, what: 'relists during the storm' });
    server.faults.goneStorm = false;
    server.faults.silentWatches = false;
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to reopen' });
    expect(fingerprint(current.cache.list())).toEqual(fingerprint(server.objects(MACHINES)));
    expect(current.status().healthy).toBe(true);
  });

  it('takes the resourceVersion of bookmarks and counts them as activity for the watchdog', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: { ...fast, staleAfterMs: 1_500 } });
    const current = informer;
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to open' });
    // Changes nobody watches (another collection) move the revision; only the bookmark reports it.
    server.put('/apis/other/v1/things', { apiVersion: 'other/v1', kind: 'Thing', metadata: { name: 't', uid: 't' } });
    const bookmarked = server.bookmark();
    await waitFor({ condition: () => current.status().lastEventAt !== null, timeoutMs: 5_000, what: 'the bookmark' });
    server.dropWatches();
    await waitFor({ condition: () => server.openWatches() === 1 && current.status().watchRestarts === 1, timeoutMs: 10_000, what: 'the watch to reopen' });
    const watches = server.requests.filter((request) => request.includes('watch=true'));
    expect(watches.at(-1)).toContain(`resourceVersion=${bookmarked}`);
    // Bookmarks every 250 ms for twice the watchdog period: the watch must not be restarted.
    let sent = 0;
    const ticker = setInterval(() => {
      server.bookmark();
      sent += 1;
    }, 250);
    try {
      await waitFor({ condition: () => sent >= 12, timeoutMs: 10_000, what: 'bookmarks over 3 s' });
    } finally {
      clearInterval(ticker);
    }
    expect(current.status()).toMatchObject({ healthy: true, errorKind: null, watchRestarts: 1 });
  });

  it('restarts a silent watch when the staleness watchdog fires', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: { ...fast, staleAfterMs: 300 } });
    const current = informer;
    await waitFor({ condition: () => current.status().watchRestarts >= 2, timeoutMs: 10_000, what: 'watchdog restarts' });
    expect(current.status().errorKind === 'watchdog' || current.status().healthy).toBe(true);
    const watches = server.requests.filter((request) => request.includes('watch=true'));
    expect(watches.length).toBeGreaterThanOrEqual(2);
    expect(current.status().relists).toBe(1);
  });

  it('keeps retrying failed lists with backoff and reports the safe error', async () => {
    server.faults.failLists = 3;
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    await waitFor({ condition: () => current.status().error !== null, timeoutMs: 5_000, what: 'the error to show' });
    expect(current.status()).toMatchObject({ synced: false, healthy: false, errorKind: 'server-error', error: 'the server is currently unable to handle the request' });
    await waitFor({ condition: () => current.status().synced, timeoutMs: 10_000, what: 'the sync after the failures' });
    expect(current.status()).toMatchObject({ healthy: true, error: null, unhealthySince: null });
  });

  it('keeps serving the cache when the server goes away, marked unhealthy', async () => {
    informer = startInformer({ managementCluster: 'fake', kubeConfig: server.kubeConfig, resource, tuning: fast });
    const current = informer;
    await waitFor({ condition: () => server.openWatches() === 1, timeoutMs: 10_000, what: 'the watch to open' });
    await server.close();
    await waitFor({ condition: () => current.status().error === 'connection refused', timeoutMs: 10_000, what: 'the refused reconnect to show' });
    const startedAt = performance.now();
    expect(current.cache.list()).toHaveLength(1_203);
    // Decoding 1,203 compact objects takes tens of ms on a busy machine; waiting on the dead
    // server would take seconds (connect timeouts, backoff).
    expect(performance.now() - startedAt).toBeLessThan(500);
    expect(current.status()).toMatchObject({ synced: true, errorKind: "unreachable", error: "connection refused" });
    expect(current.status().unhealthySince).not.toBeNull();
    server = await startFakeKubeServer();
  });
});
