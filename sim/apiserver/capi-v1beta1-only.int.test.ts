import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { startTestCluster, type TestCluster } from './test-support';

const CLUSTERS = { group: 'cluster.x-k8s.io', resource: 'clusters' };

describe('a management cluster imitating Cluster API v1.10 (v1beta1 only)', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster({ capiApi: 'v1beta1-only' });
    cluster.store.create(CLUSTERS, { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'c1', namespace: 'default' } as KubeObject['metadata'], spec: {} });
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('offers only v1beta1 for the CAPI groups in discovery', async () => {
    const group = (await cluster.request('/apis/cluster.x-k8s.io')).json() as { versions: { version: string }[]; preferredVersion: { version: string } };
    expect(group.versions.map((v) => v.version)).toEqual(['v1beta1']);
    expect(group.preferredVersion.version).toBe('v1beta1');
    expect((await cluster.request('/apis/cluster.x-k8s.io/v1beta2/clusters')).status).toBe(404);
  });

  it('serves the stored v1beta2 objects as v1beta1', async () => {
    const list = (await cluster.request('/apis/cluster.x-k8s.io/v1beta1/namespaces/default/clusters')).json() as { items: KubeObject[] };
    expect(list.items.map((c) => `${c.apiVersion} ${c.metadata.name}`)).toEqual(['cluster.x-k8s.io/v1beta1 c1']);
  });

  it('shows CRD objects that know only v1beta1', async () => {
    const { stdout } = await cluster.kubectl('get', 'crd', 'clusters.cluster.x-k8s.io', '-o', 'jsonpath={.spec.versions[*].name} {.status.storedVersions}');
    expect(stdout).toBe('v1beta1 ["v1beta1"]');
  });

  it('lets kubectl read Clusters without deprecation warnings', async () => {
    const { stdout, stderr } = await cluster.kubectl('get', 'clusters', '-A');
    expect(stdout).toMatch(/default\s+c1/);
    expect(stderr).toBe('');
  });
});
