import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorManifestSchema } from './admin/simulator-manifest';
import { findCapiDir } from './scenarios/find-capi-dir';
import { resolvePlaceholders } from './scenarios/resolve-placeholders';
import { startSimulator, type Simulator } from './start-simulator';

const run = promisify(execFile);
const KUBECTL = '/usr/bin/kubectl';

let sim: Simulator;
let stateDir: string;

async function kubectl(context: string, args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(KUBECTL, ['--kubeconfig', sim.kubeconfigPath, '--context', context, '--request-timeout=5s', ...args], { timeout: 30_000 });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

async function admin(method: string, route: string, body?: unknown): Promise<Response> {
  return fetch(`${sim.adminUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${sim.adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  stateDir = mkdtempSync(path.join(tmpdir(), 'quarterdeck-sim-'));
  sim = await startSimulator({ scenario: 'demo', seed: 42, stateDir, onError: () => undefined });
});

afterAll(async () => {
  await sim?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('startSimulator (demo scenario)', () => {
  it('writes a manifest with one context and admin URL per management cluster', () => {
    const manifest = simulatorManifestSchema.parse(JSON.parse(readFileSync(path.join(stateDir, 'simulator.json'), 'utf8')));
    expect(manifest.managementClusters.map((mc) => mc.context)).toEqual(['mgmt-eu-west', 'mgmt-us-east', 'mgmt-ap-south']);
    expect(manifest.managementClusters.every((mc) => mc.url.startsWith('https://127.0.0.1:') && mc.adminUrl.startsWith(sim.adminUrl))).toBe(true);
    expect(manifest.kubeconfig).toBe(sim.kubeconfigPath);
  });

  it.each(['mgmt-eu-west', 'mgmt-us-east', 'mgmt-ap-south'])('serves the scenario clusters of %s to kubectl', async (context) => {
    const result = await kubectl(context, ['get', 'clusters', '-A', '-o', 'json']);
    expect(result.stderr).toBe('');
    const items = (JSON.parse(result.stdout) as { items: Array<{ metadata: { namespace: string } }> }).items;
    const planned = sim.scenario.managementClusters.find((mc) => mc.name === context);
    const expected = [...(planned?.objects() ?? [])].filter((o) => o.kind === 'Cluster').length - (planned?.afterSeed.length ?? 0);
    expect(items.length).toBeGreaterThanOrEqual(expected);
    expect(items.every((item) => item.metadata.namespace.startsWith('team-'))).toBe(true);
  });

  it('serves only v1beta1 CAPI resources on the CAPI v1.10 management cluster', async () => {
    const result = await kubectl('mgmt-ap-south', ['api-versions']);
    const versions = result.stdout.split('\n');
    expect(versions).toContain('cluster.x-k8s.io/v1beta1');
    expect(versions).not.toContain('cluster.x-k8s.io/v1beta2');
  });

  it('makes a management cluster unreachable through the admin API and brings it back', async () => {
    expect((await admin('PATCH', '/api/v1/management-clusters/mgmt-us-east/faults', { unreachable: true })).status).toBe(200);
    const down = await kubectl('mgmt-us-east', ['get', 'clusters', '-A']);
    expect(down.ok).toBe(false);
    expect((await kubectl('mgmt-eu-west', ['get', 'clusters', '-A'])).ok).toBe(true);
    expect((await admin('DELETE', '/api/v1/management-clusters/mgmt-us-east/faults')).status).toBe(200);
    const up = await kubectl('mgmt-us-east', ['get', 'clusters', '-A']);
    expect(up.ok).toBe(true);
  });

  it('provisions a new quick-start cluster created with kubectl to Available within two minutes at the default speed', async () => {
    const manifest = {
      apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'speed-check', namespace: 'team-web' },
      spec: {
        clusterNetwork: { pods: { cidrBlocks: ['192.168.0.0/16'] }, services: { cidrBlocks: ['10.128.0.0/12'] }, serviceDomain: 'cluster.local' },
        topology: {
          classRef: { name: 'quick-start', namespace: 'quarterdeck-classes' }, version: 'v1.34.2', controlPlane: { replicas: 1 },
          workers: { machineDeployments: [{ class: 'default-worker', name: 'md-0', replicas: 2 }] },
          variables: [{ name: 'imageRepository', value: '' }, { name: 'etcdImageTag', value: '' }, { name: 'coreDNSImageTag', value: '' }],
        },
      },
    };
    // async: the simulator runs in this process, a blocking spawn would stall it
    const creating = run(KUBECTL, ['--kubeconfig', sim.kubeconfigPath, '--context', 'mgmt-eu-west', 'create', '-f', '-'], { timeout: 60_000 });
    creating.child.stdin?.end(JSON.stringify(manifest));
    expect((await creating).stdout).toContain('created');
    const began = Date.now();
    const { stdout } = await run(KUBECTL, ['--kubeconfig', sim.kubeconfigPath, '--context', 'mgmt-eu-west', 'wait', '--for=condition=Available', '--timeout=120s', '-n', 'team-web', 'cluster/speed-check'], { timeout: 150_000 });
    expect(stdout).toContain('condition met');
    expect(Date.now() - began).toBeLessThan(120_000);
  }, 180_000);

  it('provisions the upstream development Cluster template applied with kubectl against the upstream ClusterClass', async () => {
    const examples = path.join(findCapiDir(), 'examples', 'docker-templates');
    const variables = { NAMESPACE: 'team-data', CLUSTER_NAME: 'upstream-dev', CONTROL_PLANE_MACHINE_COUNT: '1', WORKER_MACHINE_COUNT: '1', KUBERNETES_VERSION: 'v1.34.0' };
    const apply = async (file: string) => {
      const applying = run(KUBECTL, ['--kubeconfig', sim.kubeconfigPath, '--context', 'mgmt-us-east', 'apply', '-n', 'team-data', '-f', '-'], { timeout: 60_000 });
      applying.child.stdin?.end(resolvePlaceholders(readFileSync(path.join(examples, file), 'utf8'), variables));
      return (await applying).stdout;
    };
    expect(await apply('clusterclass-quick-start.yaml')).toContain('clusterclass.cluster.x-k8s.io/quick-start created');
    expect(await apply('cluster-template-development.yaml')).toContain('cluster.cluster.x-k8s.io/upstream-dev created');
    const { stdout } = await run(KUBECTL, ['--kubeconfig', sim.kubeconfigPath, '--context', 'mgmt-us-east', 'wait', '--for=condition=Available', '--timeout=150s', '-n', 'team-data', 'cluster/upstream-dev'], { timeout: 170_000 });
    expect(stdout).toContain('condition met');
    const machines = await kubectl('mgmt-us-east', ['get', 'machines', '-n', 'team-data', '-l', 'cluster.x-k8s.io/cluster-name=upstream-dev', '-o', 'json']);
    const items = (JSON.parse(machines.stdout) as { items: { status?: { phase?: string; nodeRef?: unknown } }[] }).items;
    expect(items).toHaveLength(2);
    expect(items.every((machine) => machine.status?.phase === 'Running' && machine.status.nodeRef !== undefined)).toBe(true);
  }, 240_000);

  it('refuses admin requests without the token', async () => {
    const response = await fetch(`${sim.adminUrl}/api/v1/info`);
    expect(response.status).toBe(401);
  });

  it('sets an object fault from the CLI, visible to kubectl as an annotation', async () => {
    const cluster = sim.scenario.managementClusters[0]?.objects() ?? [];
    const target = [...cluster].find((o) => o.kind === 'Cluster' && !o.metadata.annotations?.['sim.quarterdeck.dev/fault']);
    const ref = `${target?.metadata.namespace ?? ''}/${target?.metadata.name ?? ''}`;
    await run('npx', ['tsx', 'sim/cli.ts', 'fault', 'set', '--state-dir', stateDir, '--mc', 'mgmt-eu-west', '--cluster', ref, '--fault', 'missing-cni'], { timeout: 60_000 });
    const result = await kubectl('mgmt-eu-west', ['get', 'cluster', '-n', target?.metadata.namespace ?? '', target?.metadata.name ?? '', '-o', 'jsonpath={.metadata.annotations.sim\\.quarterdeck\\.dev/fault}']);
    expect(result.stdout).toBe('missing-cni');
  });
});
