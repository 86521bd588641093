import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { openWatch, startTestCluster, waitFor, type TestCluster } from './test-support';

const CMS = { group: '', resource: 'configmaps' };
const PATH = '/api/v1/namespaces/default/configmaps';

function configMap(name: string, labels: Record<string, string> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', labels } as KubeObject['metadata'], data: { a: '1' } };
}

describe('watch over HTTP', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster({ historySize: 200, bookmarkIntervalMs: 50 });
    cluster.store.create(CMS, configMap('existing'));
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('starts with ADDED events for existing objects when no resourceVersion is given', async () => {
    const watch = openWatch(cluster.server, `${PATH}?watch=true`);
    try {
      await waitFor(() => watch.events.length >= 1 || undefined, { what: 'the initial event' });
      cluster.store.create(CMS, configMap('new-one'));
      await waitFor(() => watch.events.length >= 2 || undefined, { what: 'the live event' });
      expect(watch.events.map((e) => `${e.type} ${(e.object.metadata as { name: string }).name}`)).toEqual(['ADDED existing', 'ADDED new-one']);
    } finally {
      watch.close();
    }
  });

  it('sends the initial events and a bookmark marking their end with sendInitialEvents', async () => {
    const watch = openWatch(cluster.server, `${PATH}?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true`);
    try {
      const bookmark = await waitFor(() => watch.events.find((e) => e.type === 'BOOKMARK'), { what: 'the initial-events-end bookmark' });
      expect((bookmark.object.metadata as { annotations?: Record<string, string> }).annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
      expect(watch.events.filter((e) => e.type === 'ADDED').length).toBeGreaterThanOrEqual(1);
    } finally {
      watch.close();
    }
  });

  it('sends periodic bookmarks with the current resourceVersion', async () => {
    const rv = cluster.store.currentResourceVersion();
    const watch = openWatch(cluster.server, `${PATH}?watch=true&allowWatchBookmarks=true&resourceVersion=${rv}`);
    try {
      const bookmark = await waitFor(() => watch.events.find((e) => e.type === 'BOOKMARK'), { what: 'a bookmark' });
      expect(bookmark.object).toMatchObject({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { resourceVersion: rv } });
    } finally {
      watch.close();
    }
  });

  it('ends with a 410 Expired ERROR event for a compacted resourceVersion', async () => {
    for (let i = 0; i < 250; i++) cluster.store.create(CMS, configMap(`filler-${i}`));
    const watch = openWatch(cluster.server, `${PATH}?watch=true&resourceVersion=2`);
    await waitFor(() => watch.ended() || undefined, { what: 'the watch to end' });
    expect(watch.events).toEqual([{ type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) as unknown }]);
  });

  it('closes the stream after timeoutSeconds', async () => {
    const watch = openWatch(cluster.server, `${PATH}?watch=true&timeoutSeconds=1&resourceVersion=${cluster.store.currentResourceVersion()}`);
    await waitFor(() => watch.ended() || undefined, { what: 'the timeout', timeoutMs: 5_000 });
    expect(watch.ended()).toBe(true);
  });

  it('drops open watches when the fault is set', async () => {
    const watch = openWatch(cluster.server, `${PATH}?watch=true&resourceVersion=${cluster.store.currentResourceVersion()}`);
    try {
      cluster.faults.dropWatchesAfterMs = 0;
      await waitFor(() => watch.ended() || undefined, { what: 'the dropped watch' });
    } finally {
      cluster.faults.dropWatchesAfterMs = null;
      watch.close();
    }
    expect(watch.ended()).toBe(true);
  });

  it('answers with Table rows when the client asks for tables', async () => {
    const watch = openWatch(cluster.server, `${PATH}?watch=true&fieldSelector=metadata.name%3Dexisting`, { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' });
    try {
      const first = await waitFor(() => watch.events[0], { what: 'a table event' });
      expect(first.object).toMatchObject({ kind: 'Table', rows: [{ cells: ['existing', 1, expect.any(String) as unknown] }] });
    } finally {
      watch.close();
    }
  });

  it('sees objects entering a label selector as ADDED', async () => {
    const watch = openWatch(cluster.server, `${PATH}?watch=true&labelSelector=tier%3Dfront&resourceVersion=${cluster.store.currentResourceVersion()}`);
    try {
      const cm = cluster.store.get(CMS, 'default', 'existing')!;
      cluster.store.update(CMS, { ...cm, metadata: { ...cm.metadata, labels: { tier: 'front' } } });
      const event = await waitFor(() => watch.events[0], { what: 'the selector event' });
      expect(event.type).toBe('ADDED');
    } finally {
      watch.close();
    }
  });
});
