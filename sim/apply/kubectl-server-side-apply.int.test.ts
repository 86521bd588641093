// kubectl 1.32 against the simulated API server: server-side apply of a topology Cluster, an imperative
// patch of one MachineDeployment topology, and the re-apply that must conflict on exactly that field.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestCluster, type TestCluster } from '../apiserver/test-support';

const REPLICAS = '.spec.topology.workers.machineDeployments[name="md-0"].replicas';

const cluster = (replicas: number, withMd1 = true) => ({
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: { name: 'ssa', namespace: 'default', labels: { team: 'blue' } },
  spec: {
    topology: {
      classRef: { name: 'quick-start' },
      version: 'v1.34.0',
      workers: {
        machineDeployments: [{ class: 'default-worker', name: 'md-0', replicas }, ...(withMd1 ? [{ class: 'default-worker', name: 'md-1', replicas: 1 }] : [])],
      },
    },
  },
});

const managedFields = z.array(z.object({ manager: z.string(), operation: z.string(), fieldsV1: z.record(z.string(), z.unknown()) }));
const readBack = z.object({ metadata: z.object({ managedFields }), spec: z.object({ topology: z.object({ version: z.string(), workers: z.object({ machineDeployments: z.array(z.object({ name: z.string(), replicas: z.number() })) }) }) }) });

describe('kubectl apply --server-side against the simulator', () => {
  let env: TestCluster;
  const manifest = (name: string, replicas: number, withMd1 = true) => {
    const file = path.join(env.dir, name);
    writeFileSync(file, JSON.stringify(cluster(replicas, withMd1)));
    return file;
  };
  const get = async () => readBack.parse(JSON.parse((await env.kubectl('get', 'cluster', 'ssa', '-o', 'json', '--show-managed-fields')).stdout));

  beforeAll(async () => {
    env = await startTestCluster();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('records the applier with list-map items keyed by name', async () => {
    const applied = await env.kubectl('apply', '--server-side', '-f', manifest('c.json', 1));
    expect(applied.stdout).toContain('cluster.cluster.x-k8s.io/ssa serverside-applied');
    const object = await get();
    const entry = object.metadata.managedFields.find((e) => e.manager === 'kubectl' && e.operation === 'Apply');
    expect(JSON.stringify(entry?.fieldsV1)).toContain('"k:{\\"name\\":\\"md-0\\"}":{".":{},"f:class":{},"f:name":{},"f:replicas":{}}');
  });

  it('conflicts after kubectl patch changed an applied field, and --force-conflicts takes it back', async () => {
    const patch = '[{"op":"replace","path":"/spec/topology/version","value":"v1.35.0"}]';
    expect((await env.kubectl('patch', 'cluster', 'ssa', '--type=json', '-p', patch)).code).toBe(0);
    expect((await get()).metadata.managedFields.find((e) => e.operation === 'Update')?.manager).toBe('kubectl-patch');

    const conflict = await env.kubectl('apply', '--server-side', '-f', manifest('c.json', 1));
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toContain('Apply failed with 1 conflict: conflict with "kubectl-patch"');
    expect(conflict.stderr).toContain('.spec.topology.version');

    expect((await env.kubectl('apply', '--server-side', '--force-conflicts', '-f', manifest('c.json', 1))).code).toBe(0);
    const after = await get();
    expect(after.spec.topology.version).toBe('v1.34.0');
    expect(after.metadata.managedFields.map((e) => e.manager)).toEqual(['kubectl']);
  });

  it('reports a second applier changing one MachineDeployment topology by its list-map key', async () => {
    const conflict = await env.kubectl('apply', '--server-side', '--field-manager=ops', '-f', manifest('ops.json', 5, false));
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toContain(`Apply failed with 1 conflict: conflict with "kubectl": ${REPLICAS}`);
    expect((await env.kubectl('apply', '--server-side', '--field-manager=ops', '--force-conflicts', '-f', manifest('ops.json', 5, false))).code).toBe(0);
    const after = await get();
    expect(after.spec.topology.workers.machineDeployments.map((md) => [md.name, md.replicas])).toEqual([['md-0', 5], ['md-1', 1]]);
    expect(after.metadata.managedFields.map((e) => e.manager)).toEqual(['kubectl', 'ops']);
  });

  it('removes the MachineDeployment topology the applier alone owned once its manifest drops it', async () => {
    const file = path.join(env.dir, 'one.json');
    const one = cluster(1, false);
    one.spec.topology.workers.machineDeployments = [{ class: 'default-worker', name: 'md-0' } as (typeof one.spec.topology.workers.machineDeployments)[number]];
    writeFileSync(file, JSON.stringify(one));
    expect((await env.kubectl('apply', '--server-side', '-f', file)).code).toBe(0);
    expect((await get()).spec.topology.workers.machineDeployments.map((md) => [md.name, md.replicas])).toEqual([['md-0', 5]]);
  });

  it('conflicts when an imperative patch changed one item of a keyed list (managedFields track list-map items)', async () => {
    expect((await env.kubectl('apply', '--server-side', '--force-conflicts', '-f', manifest('c2.json', 2))).code).toBe(0);
    const patch = '[{"op":"replace","path":"/spec/topology/workers/machineDeployments/0/replicas","value":7}]';
    expect((await env.kubectl('patch', 'cluster', 'ssa', '--type=json', '-p', patch)).code).toBe(0);
    const conflict = await env.kubectl('apply', '--server-side', '-f', manifest('c2.json', 2));
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toContain('conflict with "kubectl-patch"');
    expect(conflict.stderr).toContain(REPLICAS);
  });
});
