import { CustomObjectsApi, KubeConfig, PatchStrategy, Watch, makeInformer, setHeaderOptions, type KubernetesObject } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { startTestCluster, waitFor, type TestCluster } from './test-support';

const GROUP = 'cluster.x-k8s.io';
const VERSION = 'v1beta2';
const MACHINES = { group: GROUP, resource: 'machines' };

function machine(name: string, labels: Record<string, string> = {}): KubeObject {
  return {
    apiVersion: `${GROUP}/${VERSION}`,
    kind: 'Machine',
    metadata: { name, namespace: 'default', labels } as KubeObject['metadata'],
    spec: {
      clusterName: 'c1',
      bootstrap: { dataSecretName: 'boot' },
      infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DevMachine', name },
    },
  };
}

describe('@kubernetes/client-node against the simulated API server', () => {
  let cluster: TestCluster;
  let kc: KubeConfig;
  let api: CustomObjectsApi;

  beforeAll(async () => {
    cluster = await startTestCluster({ historySize: 50 });
    kc = new KubeConfig();
    kc.loadFromFile(cluster.kubeconfig);
    api = kc.makeApiClient(CustomObjectsApi);
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('creates, gets, lists and merge-patches custom objects', async () => {
    const created = (await api.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: 'default', plural: 'machines', body: machine('m1', { role: 'worker' }) })) as KubeObject;
    expect(created.metadata.uid).toBeDefined();
    const got = (await api.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: 'default', plural: 'machines', name: 'm1' })) as KubeObject;
    expect(got.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
    const list = (await api.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: 'default', plural: 'machines', labelSelector: 'role=worker' })) as { items: KubeObject[]; kind: string };
    expect(list.kind).toBe('MachineList');
    expect(list.items.map((m) => m.metadata.name)).toEqual(['m1']);
    const patched = (await api.patchNamespacedCustomObject(
      { group: GROUP, version: VERSION, namespace: 'default', plural: 'machines', name: 'm1', body: { metadata: { labels: { role: 'control-plane' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as KubeObject;
    expect(patched.metadata.labels).toEqual({ role: 'control-plane' });
  });

  it('surfaces AlreadyExists as a 409 with the apiserver Status body', async () => {
    await expect(api.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: 'default', plural: 'machines', body: machine('m1') })).rejects.toMatchObject({
      code: 409,
      body: expect.stringContaining('machines.cluster.x-k8s.io \\"m1\\" already exists') as unknown,
    });
  });

  it('reads the same Machine in v1beta1', async () => {
    const old = (await api.getNamespacedCustomObject({ group: GROUP, version: 'v1beta1', namespace: 'default', plural: 'machines', name: 'm1' })) as KubeObject;
    expect(old.apiVersion).toBe(`${GROUP}/v1beta1`);
  });

  it('watches ADDED, MODIFIED and DELETED events', async () => {
    const events: string[] = [];
    const rv = cluster.store.currentResourceVersion();
    const request = await new Watch(kc).watch(
      '/apis/cluster.x-k8s.io/v1beta2/namespaces/default/machines',
      { resourceVersion: rv },
      (type: string, object: KubernetesObject) => events.push(`${type} ${object.metadata?.name ?? ''}`),
      () => undefined,
    );
    try {
      const w = cluster.store.create(MACHINES, machine('watched'));
      cluster.store.update(MACHINES, { ...w, metadata: { ...w.metadata, labels: { x: 'y' } } });
      cluster.store.delete(MACHINES, 'default', 'watched');
      await waitFor(() => events.length >= 3 || undefined, { what: 'three watch events' });
      expect(events).toEqual(['ADDED watched', 'MODIFIED watched', 'DELETED watched']);
    } finally {
      request.abort();
    }
  });

  it('gets a 410 Expired ERROR event when watching from a compacted resourceVersion', async () => {
    for (let i = 0; i < 60; i++) cluster.store.create({ group: '', resource: 'configmaps' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}`, namespace: 'default' } as KubeObject['metadata'] });
    const events: { type: string; object: { code?: number; reason?: string } }[] = [];
    let done = false;
    await new Watch(kc).watch(
      '/apis/cluster.x-k8s.io/v1beta2/namespaces/default/machines',
      { resourceVersion: '1' },
      (type: string, object: { code?: number; reason?: string }) => events.push({ type, object }),
      () => (done = true),
    );
    await waitFor(() => done || undefined, { what: 'the watch to end' });
    expect(events).toEqual([{ type: 'ERROR', object: expect.objectContaining({ code: 410, reason: 'Expired' }) as unknown }]);
  });

  it('keeps an informer in sync and relists after 410 Gone', async () => {
    const informer = makeInformer(kc, '/apis/cluster.x-k8s.io/v1beta2/namespaces/default/machines', () =>
      api.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: 'default', plural: 'machines' }) as never,
    );
    const added: string[] = [];
    informer.on('add', (o: KubernetesObject) => added.push(o.metadata?.name ?? ''));
    let connects = 0;
    informer.on('connect', () => connects++);
    await informer.start();
    try {
      await waitFor(() => informer.list().some((o) => o.metadata?.name === 'm1') || undefined, { what: 'the initial list' });
      cluster.store.create(MACHINES, machine('live-1'));
      await waitFor(() => added.includes('live-1') || undefined, { what: 'a watched add' });
      // Every watch that resumes from a resourceVersion now gets 410 and open watches are dropped:
      // only a relist can bring the informer up to date.
      cluster.faults.goneStorm = true;
      cluster.faults.dropWatchesAfterMs = 0;
      const before = connects;
      await waitFor(() => connects >= before + 2 || undefined, { what: 'a reconnect that met 410', timeoutMs: 20_000 });
      cluster.store.create(MACHINES, machine('during-storm'));
      await waitFor(() => informer.list().some((o) => o.metadata?.name === 'during-storm') || undefined, { what: 'a relist', timeoutMs: 20_000 });
    } finally {
      cluster.faults.goneStorm = false;
      cluster.faults.dropWatchesAfterMs = null;
      await informer.stop();
    }
  });
});
