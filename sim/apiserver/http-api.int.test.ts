import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { startTestCluster, type TestCluster } from './test-support';

const MDS = { group: 'cluster.x-k8s.io', resource: 'machinedeployments' };
const BASE = '/apis/cluster.x-k8s.io/v1beta2/namespaces/default';

function md(name: string, replicas = 1): KubeObject {
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachineDeployment',
    metadata: { name, namespace: 'default' } as KubeObject['metadata'],
    spec: {
      clusterName: 'c1',
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          clusterName: 'c1',
          bootstrap: { dataSecretName: 'x' },
          infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DevMachineTemplate', name: 't' },
        },
      },
    },
  };
}

describe('the simulated API server over HTTP', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster();
    for (const name of ['md-1', 'md-2', 'md-3', 'md-4', 'md-5']) cluster.store.create(MDS, md(name));
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('answers 401 with a Status without the bearer token', async () => {
    const res = await cluster.request('/api/v1/namespaces', { headers: { authorization: 'Bearer wrong' } });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
  });

  it('serves /version and health endpoints', async () => {
    expect((await cluster.request('/version')).json()).toMatchObject({ gitVersion: expect.stringMatching(/^v1\.34\./) as unknown });
    expect((await cluster.request('/readyz')).text).toBe('ok');
  });

  it('lists the status and scale subresources in discovery', async () => {
    const list = (await cluster.request('/apis/cluster.x-k8s.io/v1beta2')).json() as { resources: { name: string; kind: string; group?: string }[] };
    const names = list.resources.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['machinedeployments', 'machinedeployments/status', 'machinedeployments/scale']));
    expect(list.resources.find((r) => r.name === 'machinedeployments/scale')).toMatchObject({ kind: 'Scale', group: 'autoscaling' });
  });

  it('publishes OpenAPI v3 documents with the fieldValidation parameter on PATCH', async () => {
    const root = (await cluster.request('/openapi/v3')).json() as { paths: Record<string, { serverRelativeURL: string }> };
    const url = root.paths['apis/cluster.x-k8s.io/v1beta2']?.serverRelativeURL ?? '';
    const doc = (await cluster.request(url)).json() as { paths: Record<string, { patch?: { parameters: { name: string }[] } }>; components: { schemas: Record<string, unknown> } };
    const patch = doc.paths['/apis/cluster.x-k8s.io/v1beta2/namespaces/{namespace}/machinedeployments/{name}']?.patch;
    expect(patch?.parameters.map((p) => p.name)).toContain('fieldValidation');
    expect(doc.components.schemas['io.x-k8s.cluster.v1beta2.MachineDeployment']).toBeDefined();
  });

  it('pages a list with limit and continue', async () => {
    const first = (await cluster.request(`${BASE}/machinedeployments?limit=2`)).json() as { items: KubeObject[]; metadata: { continue?: string; remainingItemCount?: number; resourceVersion: string } };
    expect(first.items.map((i) => i.metadata.name)).toEqual(['md-1', 'md-2']);
    expect(first.metadata.remainingItemCount).toBe(3);
    const second = (await cluster.request(`${BASE}/machinedeployments?limit=10&continue=${encodeURIComponent(first.metadata.continue ?? '')}`)).json() as { items: KubeObject[]; metadata: { continue?: string; resourceVersion: string } };
    expect(second.items.map((i) => i.metadata.name)).toEqual(['md-3', 'md-4', 'md-5']);
    expect(second.metadata.continue).toBeUndefined();
    expect(second.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
  });

  it('answers a Table with the printer columns and includeObject=None', async () => {
    const res = await cluster.request(`${BASE}/machinedeployments?includeObject=None`, { headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' } });
    const table = res.json() as { kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[]; object?: unknown }[] };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions[0]?.name).toBe('Name');
    expect(table.columnDefinitions.map((c) => c.name)).toContain('Desired');
    expect(table.rows[0]?.cells[0]).toBe('md-1');
    expect(table.rows[0]?.object).toBeUndefined();
  });

  it('rejects a stale resourceVersion on PUT with 409 Conflict', async () => {
    const live = cluster.store.get(MDS, 'default', 'md-1')!;
    cluster.store.update(MDS, { ...live, spec: { ...(live.spec as object), replicas: 2 } });
    const res = await cluster.request(`${BASE}/machinedeployments/md-1`, { method: 'PUT', body: JSON.stringify({ ...live, spec: { ...(live.spec as object), replicas: 3 } }) });
    expect(res.status).toBe(409);
    expect(res.json()).toMatchObject({
      reason: 'Conflict',
      message: 'Operation cannot be fulfilled on machinedeployments.cluster.x-k8s.io "md-1": the object has been modified; please apply your changes to the latest version and try again',
    });
  });

  it('answers 415 for a strategic merge patch of a custom resource', async () => {
    const res = await cluster.request(`${BASE}/machinedeployments/md-1`, { method: 'PATCH', body: '{"spec":{"replicas":4}}', headers: { 'content-type': 'application/strategic-merge-patch+json' } });
    expect(res.status).toBe(415);
    expect(res.json()).toMatchObject({ reason: 'UnsupportedMediaType' });
  });

  it('updates only status through the status subresource', async () => {
    const res = await cluster.request(`${BASE}/machinedeployments/md-2/status`, {
      method: 'PATCH',
      body: JSON.stringify({ spec: { replicas: 7 }, status: { replicas: 1 } }),
      headers: { 'content-type': 'application/merge-patch+json' },
    });
    expect(res.status).toBe(200);
    const stored = cluster.store.get(MDS, 'default', 'md-2');
    expect(stored?.status).toMatchObject({ replicas: 1 });
    expect(stored?.spec).toMatchObject({ replicas: 1 });
  });

  it('creates with generateName and needs the namespace to exist', async () => {
    const generated = await cluster.request(`${BASE}/machinedeployments`, { method: 'POST', body: JSON.stringify({ ...md(''), metadata: { generateName: 'gen-' } }) });
    expect(generated.status).toBe(201);
    expect((generated.json() as KubeObject).metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
    const missing = await cluster.request('/apis/cluster.x-k8s.io/v1beta2/namespaces/nope/machinedeployments', { method: 'POST', body: JSON.stringify({ ...md('x'), metadata: { name: 'x' } }) });
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ message: 'namespaces "nope" not found' });
  });

  it('warns about unknown fields with fieldValidation=Warn', async () => {
    const body = md('warned');
    (body.spec as Record<string, unknown>).bogus = true;
    const res = await cluster.request(`${BASE}/machinedeployments?fieldValidation=Warn`, { method: 'POST', body: JSON.stringify(body) });
    expect(res.status).toBe(201);
    expect(String(res.headers.warning)).toContain('unknown field \\"spec.bogus\\"');
  });

  it('serves core events as events.k8s.io/v1 events', async () => {
    cluster.store.create({ group: '', resource: 'events' }, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e1', namespace: 'default' } as KubeObject['metadata'],
      involvedObject: { kind: 'MachineDeployment', name: 'md-1', namespace: 'default' },
      reason: 'ScalingUp',
      message: 'scaled up',
      type: 'Normal',
      source: { component: 'md-controller' },
    });
    const ev = (await cluster.request('/apis/events.k8s.io/v1/namespaces/default/events/e1')).json();
    expect(ev).toMatchObject({ apiVersion: 'events.k8s.io/v1', regarding: { name: 'md-1' }, note: 'scaled up', reason: 'ScalingUp', reportingController: 'md-controller' });
  });

  it('does not store a dry-run create', async () => {
    const res = await cluster.request(`${BASE}/machinedeployments?dryRun=All`, { method: 'POST', body: JSON.stringify(md('dry')) });
    expect(res.status).toBe(201);
    expect(cluster.store.get(MDS, 'default', 'dry')).toBeUndefined();
  });

  it('fails requests at the configured error rate and recovers', async () => {
    cluster.faults.errorRate = 1;
    try {
      const res = await cluster.request('/api/v1/namespaces');
      expect([500, 503]).toContain(res.status);
      expect(res.json()).toMatchObject({ kind: 'Status' });
    } finally {
      cluster.faults.errorRate = 0;
    }
    expect((await cluster.request('/api/v1/namespaces')).status).toBe(200);
  });

  it('drops connections while unreachable', async () => {
    cluster.faults.unreachable = true;
    try {
      await expect(cluster.request('/api/v1/namespaces')).rejects.toThrow();
    } finally {
      cluster.faults.unreachable = false;
    }
  });
});

describe('built-in types over HTTP', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster();
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('deletes a collection by label selector and honours DeleteOptions preconditions', async () => {
    for (const [name, tier] of [['a', 'x'], ['b', 'x'], ['c', 'y']] as const) {
      await cluster.request('/api/v1/namespaces/default/configmaps', { method: 'POST', body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels: { tier } } }) });
    }
    const collection = await cluster.request('/api/v1/namespaces/default/configmaps?labelSelector=tier%3Dx', { method: 'DELETE' });
    expect(collection.status).toBe(200);
    expect((collection.json() as { items: KubeObject[] }).items.map((i) => i.metadata.name)).toEqual(['a', 'b']);
    const guarded = await cluster.request('/api/v1/namespaces/default/configmaps/c', {
      method: 'DELETE',
      body: JSON.stringify({ apiVersion: 'v1', kind: 'DeleteOptions', preconditions: { resourceVersion: '1' } }),
    });
    expect(guarded.status).toBe(409);
    expect((guarded.json() as { message: string }).message).toMatch(/^Operation cannot be fulfilled on configmaps "c": Precondition failed: ResourceVersion in precondition: 1/);
    expect(cluster.store.get({ group: '', resource: 'configmaps' }, 'default', 'c')).toBeDefined();
  });

  it('merges a Secret stringData into base64 data', async () => {
    const res = await cluster.request('/api/v1/namespaces/default/secrets', {
      method: 'POST',
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's1' }, stringData: { token: 'abc' } }),
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ type: 'Opaque', data: { token: Buffer.from('abc').toString('base64') } });
    expect(res.json()).not.toHaveProperty('stringData');
  });

  it('applies a strategic merge patch to a ConfigMap', async () => {
    await cluster.request('/api/v1/namespaces/default/configmaps', { method: 'POST', body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: '1', b: '2' } }) });
    const res = await cluster.request('/api/v1/namespaces/default/configmaps/cm', {
      method: 'PATCH',
      body: JSON.stringify({ $setElementOrder: undefined, data: { a: null, c: '3' } }),
      headers: { 'content-type': 'application/strategic-merge-patch+json' },
    });
    expect(res.status).toBe(200);
    expect((res.json() as { data: unknown }).data).toEqual({ b: '2', c: '3' });
  });
});
