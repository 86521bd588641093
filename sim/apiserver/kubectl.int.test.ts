import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { defaultCapiDir } from '../crds/load-resource-types';
import { startTestCluster, waitFor, type TestCluster } from './test-support';

const MACHINES = { group: 'cluster.x-k8s.io', resource: 'machines' };
const MDS = { group: 'cluster.x-k8s.io', resource: 'machinedeployments' };
const CLUSTERS = { group: 'cluster.x-k8s.io', resource: 'clusters' };

function machineDeployment(name: string, replicas: unknown = 2, extraSpec: Record<string, unknown> = {}): string {
  return JSON.stringify({
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachineDeployment',
    metadata: { name, namespace: 'default', labels: { team: name === 'md-a' ? 'blue' : 'red' } },
    spec: {
      clusterName: 'c1',
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          clusterName: 'c1',
          bootstrap: { configRef: { apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'KubeadmConfigTemplate', name: 't' } },
          infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DevMachineTemplate', name: 't' },
        },
      },
      ...extraSpec,
    },
  });
}

describe('kubectl against the simulated API server', () => {
  let cluster: TestCluster;
  const file = (name: string, content: string) => {
    const p = path.join(cluster.dir, name);
    writeFileSync(p, content);
    return p;
  };

  beforeAll(async () => {
    cluster = await startTestCluster();
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('lists the CAPI resources with short names in api-resources', async () => {
    const { stdout, code } = await cluster.kubectl('api-resources', '--api-group=cluster.x-k8s.io');
    expect(code).toBe(0);
    expect(stdout).toMatch(/machinedeployments\s+md\s+cluster\.x-k8s\.io\/v1beta2\s+true\s+MachineDeployment/);
    expect(stdout).toMatch(/machines\s+ma\s+cluster\.x-k8s\.io\/v1beta2\s+true\s+Machine/);
  });

  it('applies every document of the quick-start ClusterClass example', async () => {
    const example = path.join(defaultCapiDir(), 'examples/docker-templates/clusterclass-quick-start.yaml');
    const { stdout, stderr, code } = await cluster.kubectl('apply', '-f', example);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('clusterclass.cluster.x-k8s.io/quick-start created');
    expect(stdout).toContain('kubeadmconfigtemplate.bootstrap.cluster.x-k8s.io/quick-start-default-worker-bootstraptemplate created');
    const json = await cluster.kubectl('get', 'clusterclass', 'quick-start', '-o', 'json');
    const cc = JSON.parse(json.stdout) as KubeObject;
    expect(cc.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toBeDefined();
    expect((cc.spec as { controlPlane?: unknown }).controlPlane).toBeDefined();
    const again = await cluster.kubectl('apply', '-f', example);
    expect(again.stdout).toContain('clusterclass.cluster.x-k8s.io/quick-start unchanged');
  });

  it('prints the CRD printer columns in the default table, and priority columns only with -o wide', async () => {
    await cluster.kubectl('apply', '-f', file('md-a.json', machineDeployment('md-a')));
    const table = await cluster.kubectl('get', 'md');
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME\s+CLUSTER\s+AVAILABLE\s+DESIRED\s+CURRENT\s+READY\s+AVAILABLE\s+UP-TO-DATE\s+PHASE\s+AGE\s+VERSION/);
    expect(table.stdout).toMatch(/md-a\s+c1\s+2\s+\d+s/);
    const wide = await cluster.kubectl('get', 'md', '-o', 'wide');
    expect(wide.stdout.split('\n')[0]).toContain('PAUSED');
    expect(table.stdout.split('\n')[0]).not.toContain('PAUSED');
  });

  it('creates a namespace, then filters with -l and lists across namespaces with -A', async () => {
    expect((await cluster.kubectl('create', 'namespace', 'other')).stdout).toContain('namespace/other created');
    await cluster.kubectl('apply', '-f', file('md-b.json', machineDeployment('md-b').replace('"namespace":"default"', '"namespace":"other"')));
    const all = await cluster.kubectl('get', 'md', '-A');
    expect(all.stdout).toMatch(/^NAMESPACE\s+NAME/);
    expect(all.stdout).toMatch(/default\s+md-a/);
    expect(all.stdout).toMatch(/other\s+md-b/);
    const blue = await cluster.kubectl('get', 'md', '-A', '-l', 'team=blue', '-o', 'name');
    expect(blue.stdout.trim()).toBe('machinedeployment.cluster.x-k8s.io/md-a');
    const yaml = await cluster.kubectl('get', 'md', 'md-b', '-n', 'other', '-o', 'yaml');
    expect(yaml.stdout).toContain('kind: MachineDeployment');
    expect(yaml.stdout).toContain('namespace: other');
  });

  it('creates a ConfigMap and a Secret with kubectl create (protobuf request bodies)', async () => {
    expect((await cluster.kubectl('create', 'configmap', 'settings', '--from-literal=mode=fast')).stdout).toContain('configmap/settings created');
    expect((await cluster.kubectl('create', 'secret', 'generic', 'creds', '--from-literal=token=abc')).stdout).toContain('secret/creds created');
    expect(cluster.store.get({ group: '', resource: 'configmaps' }, 'default', 'settings')?.data).toEqual({ mode: 'fast' });
    const secrets = await cluster.kubectl('get', 'secret', 'creds');
    expect(secrets.stdout).toMatch(/creds\s+Opaque\s+1\s+\d+s/);
  });

  it('describes a MachineDeployment with its events', async () => {
    const md = cluster.store.get(MDS, 'default', 'md-a');
    cluster.store.create({ group: '', resource: 'events' }, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'md-a.1', namespace: 'default' } as KubeObject['metadata'],
      involvedObject: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'MachineDeployment', name: 'md-a', namespace: 'default', uid: md?.metadata.uid },
      reason: 'SuccessfulCreate',
      message: 'Created MachineSet default/md-a-xyz',
      type: 'Normal',
      source: { component: 'machinedeployment-controller' },
      count: 1,
      firstTimestamp: new Date().toISOString(),
      lastTimestamp: new Date().toISOString(),
    });
    const { stdout, code } = await cluster.kubectl('describe', 'md', 'md-a');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Name:\s+md-a/);
    expect(stdout).toMatch(/Kind:\s+MachineDeployment/);
    expect(stdout).toContain('SuccessfulCreate');
  });

  it('patches with --type merge and --type json', async () => {
    expect((await cluster.kubectl('patch', 'md', 'md-a', '--type', 'merge', '-p', '{"spec":{"replicas":3}}')).stdout).toContain('patched');
    expect(cluster.store.get(MDS, 'default', 'md-a')?.spec).toMatchObject({ replicas: 3 });
    await cluster.kubectl('patch', 'md', 'md-a', '--type', 'json', '-p', '[{"op":"replace","path":"/spec/replicas","value":4}]');
    expect(cluster.store.get(MDS, 'default', 'md-a')?.spec).toMatchObject({ replicas: 4 });
    expect(cluster.store.get(MDS, 'default', 'md-a')?.metadata.generation).toBe(3);
  });

  it('scales a MachineDeployment through the scale subresource', async () => {
    const { stdout } = await cluster.kubectl('scale', 'machinedeployment', 'md-a', '--replicas=6');
    expect(stdout).toContain('machinedeployment.cluster.x-k8s.io/md-a scaled');
    expect(cluster.store.get(MDS, 'default', 'md-a')?.spec).toMatchObject({ replicas: 6 });
  });

  it('stores nothing for apply --dry-run=server', async () => {
    const { stdout, code } = await cluster.kubectl('apply', '--dry-run=server', '-f', file('md-dry.json', machineDeployment('md-dry')));
    expect(code).toBe(0);
    expect(stdout).toContain('md-dry created (server dry run)');
    expect(cluster.store.get(MDS, 'default', 'md-dry')).toBeUndefined();
  });

  it('rejects an invalid object with the apiserver error text', async () => {
    const { stderr, code } = await cluster.kubectl('apply', '-f', file('md-bad.json', machineDeployment('md-bad', 'abc')));
    expect(code).not.toBe(0);
    expect(stderr).toContain('The MachineDeployment "md-bad" is invalid');
    expect(stderr).toContain('spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"');
  });

  it('rejects unknown fields with strict field validation', async () => {
    const { stderr, code } = await cluster.kubectl('apply', '-f', file('md-unknown.json', machineDeployment('md-unknown', 1, { foo: 'bar' })));
    expect(code).not.toBe(0);
    expect(stderr).toContain('strict decoding error: unknown field "spec.foo"');
  });

  it('applies server-side and reports a conflict without --force-conflicts', async () => {
    const manifest = file('md-ssa.json', machineDeployment('md-ssa'));
    expect((await cluster.kubectl('apply', '--server-side', '-f', manifest)).stdout).toContain('serverside-applied');
    await cluster.kubectl('scale', 'md', 'md-ssa', '--replicas=5');
    const conflicting = file('md-ssa-3.json', machineDeployment('md-ssa', 3));
    const conflict = await cluster.kubectl('apply', '--server-side', '-f', conflicting);
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toContain('Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using cluster.x-k8s.io/v1beta2: .spec.replicas');
    expect(conflict.stderr).toContain('.spec.replicas');
    const forced = await cluster.kubectl('apply', '--server-side', '--force-conflicts', '-f', conflicting);
    expect(forced.code).toBe(0);
    expect(cluster.store.get(MDS, 'default', 'md-ssa')?.spec).toMatchObject({ replicas: 3 });
  });

  it('sees a change with get -w', async () => {
    const child = spawn('/usr/bin/kubectl', ['--kubeconfig', cluster.kubeconfig, '--cache-dir', path.join(cluster.dir, 'cache'), 'get', 'md', '-w'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitFor(() => output.includes('md-a'), { what: 'the initial list' });
      const md = cluster.store.get(MDS, 'default', 'md-a');
      cluster.store.update(MDS, { ...md!, spec: { ...(md!.spec as object), replicas: 9 } });
      await waitFor(() => /md-a\s+c1\s+9/.test(output), { what: 'the watched change' });
    } finally {
      child.kill();
    }
  });

  it('deletes a Cluster and garbage-collects its Machines', async () => {
    const c = cluster.store.create(CLUSTERS, { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'gc-owner', namespace: 'default' } as KubeObject['metadata'], spec: {} });
    const owner = [{ apiVersion: c.apiVersion, kind: c.kind, name: c.metadata.name, uid: c.metadata.uid, controller: true, blockOwnerDeletion: true }];
    for (const name of ['gc-m1', 'gc-m2']) {
      cluster.store.create(MACHINES, { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: { name, namespace: 'default', ownerReferences: owner } as KubeObject['metadata'], spec: { clusterName: 'gc-owner' } });
    }
    const { stdout } = await cluster.kubectl('delete', 'cluster', 'gc-owner');
    expect(stdout).toContain('cluster.cluster.x-k8s.io "gc-owner" deleted');
    await waitFor(() => cluster.store.list(MACHINES, { namespace: 'default' }).items.length === 0 || undefined, { what: 'machines to be collected' });
  });

  it('explains a field from the OpenAPI v3 schema', async () => {
    const { stdout, code } = await cluster.kubectl('explain', 'machinedeployment.spec.replicas');
    expect(code).toBe(0);
    expect(stdout).toContain('KIND:       MachineDeployment');
    expect(stdout).toContain('FIELD: replicas <integer>');
  });
});
