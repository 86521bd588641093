// Scale and upgrade requests through the real create → approve → apply path on the demo
// simulator: the topology pool keeps its class and other pools, the diff shows the change, and a
// Cluster without topology is upgraded control plane first, then its MachineDeployments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@/lib/auth/user';
import { getObject } from '@/lib/k8s/apply/get-object';
import { resolveKubeConfig } from '@/lib/k8s/apply/resolve-target';
import type { K8sObject } from '@/lib/k8s/informers/kube-object';
import { callKube } from '@/lib/k8s/request/call-kube';
import { createChangeRequest } from './create-change-request';
import { decideChangeRequest } from './decide-change-request';
import { getChangeRequest } from './get-change-request';
import { listClusterMachineDeployments } from './list-cluster-machine-deployments';
import { runOutboxOnce } from './run-outbox-once';
import { bob, testConfig } from './testing/change-request-fixtures';
import { startWorkflowStack, type WorkflowStack } from './testing/start-workflow-stack';

let stack: WorkflowStack;
const config = testConfig();
const admin: User = { id: 'demo:admin', name: 'Ada Admin', email: null, roles: ['admin'], teams: ['platform'], via: 'session' };
const deps = () => ({ prisma: stack.db.prisma, config });

beforeAll(async () => {
  // Controllers off: the objects hold still, so only the requests change them.
  stack = await startWorkflowStack({ scenario: 'demo', controllers: false });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

async function findCluster(predicate: (cluster: K8sObject) => boolean): Promise<{ mc: string; cluster: K8sObject }> {
  for (const mc of ['mgmt-eu-west', 'mgmt-us-east']) {
    const resolved = resolveKubeConfig(mc);
    if (!resolved.ok) continue;
    const result = await callKube({ kubeConfig: resolved.kubeConfig, path: '/apis/cluster.x-k8s.io/v1beta2/clusters' });
    const items = result.ok ? ((result.value as { items?: K8sObject[] }).items ?? []) : [];
    const match = items.find((cluster) => !cluster.metadata.deletionTimestamp && predicate(cluster));
    if (match) return { mc, cluster: match };
  }
  throw new Error('no matching demo cluster');
}

type Pool = { name: string; class: string; replicas?: number };
const poolsOf = (cluster: K8sObject): Pool[] => ((cluster.spec as { topology?: { workers?: { machineDeployments?: Pool[] } } }).topology?.workers?.machineDeployments ?? []);

async function fileApproveApply(options: Parameters<typeof createChangeRequest>[0]['input']) {
  const created = await createChangeRequest({ ...deps(), user: admin, input: options });
  const view = await getChangeRequest({ ...deps(), user: bob, id: created.id });
  await decideChangeRequest({ ...deps(), user: bob, id: created.id, decision: 'approve' });
  await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });
  return { view, after: await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: created.id } }) };
}

describe('cluster update requests on the simulator', () => {
  it('scales one topology pool, keeping its class and the other pools, with the change in the diff', async () => {
    const { mc, cluster } = await findCluster((candidate) => poolsOf(candidate).length > 0);
    const [pool] = poolsOf(cluster);
    const target = { managementCluster: mc, namespace: cluster.metadata.namespace ?? '', clusterName: cluster.metadata.name };

    const { view, after } = await fileApproveApply({ type: 'scale-pool', ...target, pool: pool?.name ?? '', replicas: (pool?.replicas ?? 0) + 2 });

    expect(view.diff).toContainEqual({ path: `spec.topology.workers.machineDeployments[name=${pool?.name}].replicas`, before: pool?.replicas ?? null, after: (pool?.replicas ?? 0) + 2 });
    expect(after).toMatchObject({ state: 'applied', failureMessage: null });
    const live = await getObject({ managementCluster: mc, apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', namespace: target.namespace, name: target.clusterName });
    const pools = live.ok ? poolsOf(live.value) : [];
    expect(pools.map((item) => item.name)).toEqual(poolsOf(cluster).map((item) => item.name));
    expect(pools[0]).toMatchObject({ name: pool?.name, class: pool?.class, replicas: (pool?.replicas ?? 0) + 2 });
  });

  it('upgrades a Cluster without topology: control plane and every MachineDeployment', async () => {
    const { mc, cluster } = await findCluster((candidate) => !(candidate.spec as { topology?: unknown }).topology);
    const namespace = cluster.metadata.namespace ?? '';
    const target = { managementCluster: mc, namespace, clusterName: cluster.metadata.name };
    const ref = (cluster.spec as { controlPlaneRef: { apiGroup: string; kind: string; name: string } }).controlPlaneRef;
    const before = await getObject({ managementCluster: mc, apiVersion: `${ref.apiGroup}/v1beta2`, kind: ref.kind, namespace, name: ref.name });
    const minor = Number(/^v1\.(\d+)\./.exec(before.ok ? String((before.value.spec as { version?: string }).version) : '')?.[1]);
    const version = `v1.${minor + 1}.0`;

    const { after } = await fileApproveApply({ type: 'upgrade-version', ...target, version });

    expect(after).toMatchObject({ state: 'applied', failureMessage: null });
    const controlPlane = await getObject({ managementCluster: mc, apiVersion: `${ref.apiGroup}/v1beta2`, kind: ref.kind, namespace, name: ref.name });
    expect(controlPlane.ok && controlPlane.value.spec).toMatchObject({ version });
    const pools = await listClusterMachineDeployments({ managementCluster: mc, apiVersion: 'cluster.x-k8s.io/v1beta2', namespace, clusterName: cluster.metadata.name });
    expect(pools.length).toBeGreaterThan(0);
    for (const pool of pools) expect(pool.spec).toMatchObject({ template: { spec: { version } } });
  });
});
