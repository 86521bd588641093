// The Cluster webhook over HTTPS with kubectl: server-side dry-runs and real writes are refused with
// CAPI's field paths on both API versions, and a missing ClusterClass is only a warning.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { startTestCluster, type TestCluster } from './test-support';

const CLASSES = { group: 'cluster.x-k8s.io', resource: 'clusterclasses' };

const clusterClass = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'ClusterClass',
  metadata: { name: 'small', namespace: 'default' },
  spec: {
    controlPlane: { templateRef: { apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2', kind: 'KubeadmControlPlaneTemplate', name: 'cp' } },
    infrastructure: { templateRef: { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', kind: 'DevClusterTemplate', name: 'infra' } },
    workers: { machineDeployments: [{ class: 'default-worker', bootstrap: { templateRef: { apiVersion: 'bootstrap.cluster.x-k8s.io/v1beta2', kind: 'KubeadmConfigTemplate', name: 'b' } }, infrastructure: { templateRef: { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', kind: 'DevMachineTemplate', name: 'm' } } }] },
    variables: [{ name: 'nodes', required: true, schema: { openAPIV3Schema: { type: 'integer', maximum: 5 } } }],
  },
} as unknown as KubeObject;

function clusterYaml(apiVersion: 'v1beta1' | 'v1beta2', options: { name: string; nodes: number; className?: string }): string {
  const className = options.className ?? 'small';
  const classLine = apiVersion === 'v1beta2' ? `    classRef:\n      name: ${className}` : `    class: ${className}`;
  return `apiVersion: cluster.x-k8s.io/${apiVersion}\nkind: Cluster\nmetadata:\n  name: ${options.name}\n  namespace: default\nspec:\n  topology:\n${classLine}\n    version: v1.34.1\n    controlPlane:\n      replicas: 1\n    variables:\n    - name: nodes\n      value: ${options.nodes}\n`;
}

describe.each(['v1beta2', 'v1beta1'] as const)('the CAPI Cluster webhook on a %s management cluster', (apiVersion) => {
  let cluster: TestCluster;
  const apply = async (yaml: string, ...flags: string[]) => {
    const file = path.join(cluster.dir, 'cluster.yaml');
    writeFileSync(file, yaml);
    return cluster.kubectl('apply', '--server-side', ...flags, '-f', file);
  };

  beforeAll(async () => {
    cluster = await startTestCluster({ capiApi: apiVersion === 'v1beta1' ? 'v1beta1-only' : 'v1beta2' });
    cluster.store.create(CLASSES, clusterClass);
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('refuses a variable above its maximum in a server-side dry-run, naming the variable', async () => {
    const result = await apply(clusterYaml(apiVersion, { name: 'too-big', nodes: 9 }), '--dry-run=server');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('The Cluster "too-big" is invalid');
    expect(result.stderr).toContain('spec.topology.variables[nodes].value: Invalid value: 9: spec.topology.variables[nodes].value in body should be less than or equal to 5');
  });

  it('answers a dryRun=All create with the webhook\'s 422 Status and its causes', async () => {
    const classRef = apiVersion === 'v1beta2' ? { classRef: { name: 'small' } } : { class: 'small' };
    const body = { apiVersion: `cluster.x-k8s.io/${apiVersion}`, kind: 'Cluster', metadata: { name: 'raw', namespace: 'default' }, spec: { topology: { ...classRef, version: 'v1.34', controlPlane: { replicas: 1 }, variables: [{ name: 'nodes', value: 1 }] } } };
    const response = await cluster.request(`/apis/cluster.x-k8s.io/${apiVersion}/namespaces/default/clusters?dryRun=All`, { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({
      kind: 'Status', reason: 'Invalid', code: 422,
      message: 'admission webhook "validation.cluster.cluster.x-k8s.io" denied the request: Cluster.cluster.x-k8s.io "raw" is invalid: spec.topology.version: Invalid value: "v1.34": version must be a valid semantic version',
      details: { name: 'raw', kind: 'Cluster', causes: [{ reason: 'FieldValueInvalid', field: 'spec.topology.version' }] },
    });
  });

  it('accepts a valid Cluster in a dry-run without storing it, then creates it', async () => {
    const dry = await apply(clusterYaml(apiVersion, { name: 'fine', nodes: 3 }), '--dry-run=server');
    expect(dry.code, dry.stderr).toBe(0);
    expect((await cluster.kubectl('get', 'clusters', 'fine')).code).not.toBe(0);
    expect((await apply(clusterYaml(apiVersion, { name: 'fine', nodes: 3 }))).code).toBe(0);
    expect((await cluster.kubectl('get', 'clusters', 'fine')).code).toBe(0);
  });

  it('refuses an update that breaks a variable of an existing Cluster', async () => {
    const result = await apply(clusterYaml(apiVersion, { name: 'fine', nodes: 6 }));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('spec.topology.variables[nodes].value');
  });

  it('only warns when the ClusterClass does not exist, as CAPI does', async () => {
    const result = await apply(clusterYaml(apiVersion, { name: 'orphan', nodes: 9, className: 'missing' }), '--dry-run=server');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Cluster refers to ClusterClass default/missing, but this ClusterClass does not exist');
  });
});
