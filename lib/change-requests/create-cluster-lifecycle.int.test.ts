// A create-cluster request from submission to Ready on the simulator (controllers running), then
// its kubeconfig and its time-to-live: the whole backend path with a real Postgres.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import type { ClassObject } from '@/lib/catalog/class-object';
import { getObject } from '@/lib/k8s/apply/get-object';
import { waitFor } from '@/lib/k8s/test-support/wait-for';
import { createChangeRequest } from './create-change-request';
import { decideChangeRequest } from './decide-change-request';
import { downloadKubeconfig } from './download-kubeconfig';
import { expireEphemeralClusters } from './expire-ephemeral-clusters';
import { followChangeRequests } from './follow-change-requests';
import { runOutboxOnce } from './run-outbox-once';
import { alice, bob, testConfig } from './testing/change-request-fixtures';
import { startWorkflowStack, type WorkflowStack } from './testing/start-workflow-stack';

const MC = 'mgmt-eu-west';
let stack: WorkflowStack;
let classes: ClassObject[] = [];
const config = testConfig();
config.policies = { ...config.policies, kubernetesVersions: ['v1.34.2'] };
const deps = () => ({ prisma: stack.db.prisma, config });

beforeAll(async () => {
  stack = await startWorkflowStack({ scenario: 'demo', speed: 40 });
  const quickStart = await getObject({ managementCluster: MC, apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'ClusterClass', namespace: 'quarterdeck-classes', name: 'quick-start' });
  if (!quickStart.ok) throw new Error(quickStart.failure.message);
  classes = [{ managementCluster: MC, object: quickStart.value }];
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a create-cluster change request', () => {
  it('goes applied → provisioning → ready, serves its kubeconfig, and files a delete request when its time-to-live ends', async () => {
    const input = {
      type: 'create-cluster' as const,
      ttlHours: 1,
      request: {
        managementCluster: MC, classNamespace: 'quarterdeck-classes', className: 'quick-start', name: 'qd-lifecycle', namespace: 'team-payments', version: 'v1.34.2', controlPlaneReplicas: 1 as const,
        workers: [{ class: 'default-worker', name: 'md-0', replicas: 1, overrides: {} }],
        variables: { imageRepository: '', etcdImageTag: '', coreDNSImageTag: '' },
      },
    };
    const created = await createChangeRequest({ ...deps(), user: alice, input, source: () => classes });
    expect(created).toMatchObject({ state: 'pending', ttlSeconds: 3600 });
    await decideChangeRequest({ ...deps(), user: bob, id: created.id, decision: 'approve' });
    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });

    await waitFor({
      what: 'the change request to become ready',
      timeoutMs: 120_000,
      intervalMs: 250,
      condition: async () => {
        await followChangeRequests(deps());
        const row = await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: created.id } });
        return row.state === 'ready' || row.state === 'failed';
      },
    });
    const actions = (await stack.db.prisma.auditEvent.findMany({ where: { requestId: created.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual(['change-request.requested', 'change-request.approval-recorded', 'change-request.approved', 'change-request.applying', 'change-request.applied', 'change-request.provisioning', 'change-request.ready']);

    const kubeconfig = await downloadKubeconfig({ ...deps(), user: alice, managementCluster: MC, namespace: 'team-payments', name: 'qd-lifecycle' });
    expect(kubeconfig.filename).toBe('qd-lifecycle.kubeconfig');
    expect(kubeconfig.content.toString('utf8')).toContain('clusters:');
    const outsider = { ...alice, id: 'demo:erin', teams: ['search'] };
    await expect(downloadKubeconfig({ ...deps(), user: outsider, managementCluster: MC, namespace: 'team-payments', name: 'qd-lifecycle' })).rejects.toMatchObject({ code: 'forbidden' });
    const downloaded = await stack.db.prisma.auditEvent.findMany({ where: { action: 'kubeconfig.downloaded' } });
    expect(downloaded).toHaveLength(1);
    expect(JSON.stringify(downloaded[0]?.payload)).not.toContain('clusters:');

    const ready = await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(await expireEphemeralClusters({ ...deps(), now: new Date((ready.readyAt?.getTime() ?? 0) + 30 * 60_000) })).toEqual([]);
    const [deleteId] = await expireEphemeralClusters({ ...deps(), now: new Date((ready.readyAt?.getTime() ?? 0) + 61 * 60_000) });
    expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ state: 'expired' });
    expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: deleteId ?? '' } })).toMatchObject({ type: 'delete-cluster', state: 'pending', requesterId: 'system:quarterdeck', requiredApprovals: 1, clusterName: 'qd-lifecycle' });

    await decideChangeRequest({ ...deps(), user: bob, id: deleteId ?? '', decision: 'approve' });
    await runOutboxOnce({ ...deps(), workerId: 'w', leaseMs: 60_000 });
    expect(await stack.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: deleteId ?? '' } })).toMatchObject({ state: 'applied' });
    const cluster = await getObject({ managementCluster: MC, apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', namespace: 'team-payments', name: 'qd-lifecycle' });
    expect(cluster.ok ? cluster.value.metadata.deletionTimestamp : 'gone').toBeTruthy();
    await expect(verifyAuditChain(stack.db.prisma)).resolves.toMatchObject({ ok: true });
  }, 180_000);
});
