// The outbox worker against a real Postgres and the simulator's API server: crash safety,
// drift detection and the Audit-Id of the apply.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getObject } from '@/lib/k8s/apply/get-object';
import { serverSideApply } from '@/lib/k8s/apply/server-side-apply';
import { resolveKubeConfig } from '@/lib/k8s/apply/resolve-target';
import { callKube } from '@/lib/k8s/request/call-kube';
import { CHANGE_REQUEST_ANNOTATION } from './apply-plan';
import { decideChangeRequest } from './decide-change-request';
import { runOutboxOnce } from './run-outbox-once';
import { bob, carol, insertTestRequest, pausePlan, testConfig } from './testing/change-request-fixtures';
import { startWorkflowStack, type WorkflowStack } from './testing/start-workflow-stack';

let stack: WorkflowStack;
let mc = '';
const config = testConfig();
const deps = () => ({ prisma: stack.db.prisma, config });
const clusterRef = (name: string) => ({ managementCluster: mc, apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', namespace: 'team-payments', name });

class SimulatedCrash extends Error {}

const WORKER_SCRIPT = path.join(import.meta.dirname, 'testing', 'run-worker-then-exit.ts');

// async spawn: the simulator serves from this process, a blocking spawn would stall it.
function runChild(options: { script: string; env: Record<string, string> }): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', options.script], { env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  stack = await startWorkflowStack({ scenario: 'empty', controllers: false });
  mc = stack.managementClusters[0] ?? '';
  const namespace = await serverSideApply({ managementCluster: mc, object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-payments' } } });
  if (!namespace.ok) throw new Error(namespace.failure.message);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

async function listClusterNames(): Promise<string[]> {
  const resolved = resolveKubeConfig(mc);
  if (!resolved.ok) throw new Error(resolved.failure.message);
  const result = await callKube({ kubeConfig: resolved.kubeConfig, path: '/apis/cluster.x-k8s.io/v1beta2/namespaces/team-payments/clusters' });
  if (!result.ok) throw new Error(result.failure.message);
  return ((result.value as { items: { metadata: { name: string } }[] }).items ?? []).map((item) => item.metadata.name);
}

describe('outbox worker', () => {
  it('applies exactly once when the worker dies between apply and bookkeeping, 20 times over', async () => {
    for (let i = 0; i < 20; i += 1) {
      const name = `crash-${i}`;
      const request = await insertTestRequest({ ...deps(), managementCluster: mc, clusterName: name, type: 'create-cluster', plan: pausePlan({ name }) });
      await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });

      const crash = runOutboxOnce({ ...deps(), workerId: 'doomed', leaseMs: 60_000, afterApply: () => { throw new SimulatedCrash('killed after apply'); } });
      await expect(crash).rejects.toBeInstanceOf(SimulatedCrash);
      // A live lease keeps other workers away; once it is over, the job is taken again.
      expect(await runOutboxOnce({ ...deps(), workerId: 'restarted', leaseMs: 60_000 })).toBe(0);
      expect(await runOutboxOnce({ ...deps(), workerId: 'restarted', leaseMs: 0 })).toBe(1);

      expect((await listClusterNames()).filter((candidate) => candidate === name)).toHaveLength(1);
      const stored = await getObject(clusterRef(name));
      expect(stored.ok && stored.value.metadata.annotations).toMatchObject({ [CHANGE_REQUEST_ANNOTATION]: request.id });
      expect(await stack.db.prisma.auditEvent.count({ where: { requestId: request.id, action: 'change-request.applied' } })).toBe(1);
      expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'applied' });
      expect(await stack.db.prisma.outboxJob.findMany({ where: { changeRequestId: request.id } })).toMatchObject([{ state: 'done', attempts: 2 }]);
    }
  }, 120_000);

  it('applies exactly once after a real worker process exits right after the apply, 3 times over', async () => {
    for (let i = 0; i < 3; i += 1) {
      const name = `killed-${i}`;
      const request = await insertTestRequest({ ...deps(), managementCluster: mc, clusterName: name, type: 'create-cluster', plan: pausePlan({ name }) });
      await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });

      const child = await runChild({ script: WORKER_SCRIPT, env: { DATABASE_URL: stack.db.databaseUrl, QUARTERDECK_SIM_STATE: stack.stateDir } });
      expect(child.code).toBe(137);
      expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'applying' });
      expect(await runOutboxOnce({ ...deps(), workerId: 'restarted', leaseMs: 0 })).toBe(1);

      expect((await listClusterNames()).filter((candidate) => candidate === name)).toHaveLength(1);
      expect(await stack.db.prisma.auditEvent.count({ where: { requestId: request.id, action: 'change-request.applied' } })).toBe(1);
      expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'applied' });
    }
  }, 120_000);

  it('records the Audit-Id of the apply and the applied time', async () => {
    const request = await insertTestRequest({ ...deps(), managementCluster: mc, clusterName: 'audit-id', type: 'create-cluster', plan: pausePlan({ name: 'audit-id' }) });
    await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });

    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });

    const row = await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ state: 'applied', apiAuditId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    expect(row.appliedAt).toBeInstanceOf(Date);
  });

  it('sends a request whose object changed since approval back to pending, then applies it after a new approval', async () => {
    const created = await serverSideApply({ managementCluster: mc, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'drift', namespace: 'team-payments' }, spec: { paused: false } }, fieldManager: 'someone' });
    if (!created.ok) throw new Error(created.failure.message);
    const seen = created.value.metadata.resourceVersion;
    const request = await insertTestRequest({ ...deps(), managementCluster: mc, clusterName: 'drift', plan: pausePlan({ name: 'drift', resourceVersion: seen }), observedResourceVersion: seen });
    await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });
    const changed = await serverSideApply({ managementCluster: mc, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'drift', namespace: 'team-payments', labels: { touched: 'yes' } } }, fieldManager: 'someone-else' });
    if (!changed.ok) throw new Error(changed.failure.message);

    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });

    const back = await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(back).toMatchObject({ state: 'pending', observedResourceVersion: changed.value.metadata.resourceVersion });
    expect(await stack.db.prisma.approval.count({ where: { changeRequestId: request.id } })).toBe(0);
    const untouched = await getObject(clusterRef('drift'));
    expect(untouched.ok && untouched.value.spec).toMatchObject({ paused: false });

    await decideChangeRequest({ ...deps(), user: carol, id: request.id, decision: 'approve' });
    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });

    expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'applied' });
    const paused = await getObject(clusterRef('drift'));
    expect(paused.ok && paused.value.spec).toMatchObject({ paused: true });
  });

  it('applies with the resourceVersion seen at approval, not at submission', async () => {
    const created = await serverSideApply({ managementCluster: mc, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'late-approval', namespace: 'team-payments' }, spec: { paused: false } }, fieldManager: 'someone' });
    if (!created.ok) throw new Error(created.failure.message);
    const request = await insertTestRequest({ ...deps(), managementCluster: mc, clusterName: 'late-approval', plan: pausePlan({ name: 'late-approval', resourceVersion: created.value.metadata.resourceVersion }), observedResourceVersion: created.value.metadata.resourceVersion });
    const changed = await serverSideApply({ managementCluster: mc, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'late-approval', namespace: 'team-payments', labels: { touched: 'before-approval' } } }, fieldManager: 'someone-else' });
    if (!changed.ok) throw new Error(changed.failure.message);

    await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });
    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });

    expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'applied', observedResourceVersion: changed.value.metadata.resourceVersion });
  });

  it('fails a create whose object already exists without touching it', async () => {
    await serverSideApply({ managementCluster: mc, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'taken', namespace: 'team-payments' }, spec: { paused: false } }, fieldManager: 'someone' });
    const request = await insertTestRequest({ ...deps(), managementCluster: mc, clusterName: 'taken', type: 'create-cluster', plan: pausePlan({ name: 'taken' }) });
    await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });

    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });

    expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'failed', failureMessage: expect.stringMatching(/already exists/) as unknown });
  });

  it('leaves a valid audit chain behind', async () => {
    await expect(verifyAuditChain(stack.db.prisma)).resolves.toMatchObject({ ok: true });
  });
});
