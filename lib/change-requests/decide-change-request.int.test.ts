// Approvals against a real Postgres: races, the four-eyes rule (the database's own triggers are
// tested in lib/db/approval-rules.int.test.ts), rejection and cancellation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { cancelChangeRequest } from './cancel-change-request';
import { decideChangeRequest } from './decide-change-request';
import { alice, bob, carol, dave, insertTestRequest, testConfig } from './testing/change-request-fixtures';

let db: TestDatabase;
const config = testConfig();

beforeAll(async () => {
  db = await startTestDatabase();
});

afterAll(async () => {
  await db?.stop();
});

const deps = () => ({ prisma: db.prisma, config });
const countAudit = (requestId: string, action: string) => db.prisma.auditEvent.count({ where: { requestId, action } });

describe('deciding on change requests', () => {
  it('lets exactly one of two simultaneous approvers complete a one-approval policy', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'race-one' });

    const results = await Promise.allSettled([decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' }), decideChangeRequest({ ...deps(), user: carol, id: request.id, decision: 'approve' })]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toMatchObject({ code: 'conflict' });
    expect(await countAudit(request.id, 'change-request.approved')).toBe(1);
    expect(await db.prisma.outboxJob.count({ where: { changeRequestId: request.id } })).toBe(1);
    expect(await db.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: 'approved' });
  });

  it('records both of two simultaneous approvals of a two-approval policy and transitions once', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'race-two', policy: { approvalsRequired: 2 } });

    await Promise.all([decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' }), decideChangeRequest({ ...deps(), user: carol, id: request.id, decision: 'approve' })]);

    expect(await db.prisma.approval.count({ where: { changeRequestId: request.id } })).toBe(2);
    expect(await countAudit(request.id, 'change-request.approved')).toBe(1);
    expect(await db.prisma.outboxJob.count({ where: { changeRequestId: request.id } })).toBe(1);
  });

  it('keeps a two-approval request pending after the first approval', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'one-of-two', policy: { approvalsRequired: 2 } });

    const after = await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });

    expect(after.state).toBe('pending');
    expect(await db.prisma.outboxJob.count({ where: { changeRequestId: request.id } })).toBe(0);
  });

  it('refuses a second approval by the same person with 409 Conflict', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'twice', policy: { approvalsRequired: 2 } });
    await decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' });

    await expect(decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.prisma.approval.count({ where: { changeRequestId: request.id } })).toBe(1);
  });

  it('refuses the requester approving their own request, in code and in the database', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'self' });
    const requesterAsApprover = { ...alice, roles: ['requester' as const, 'approver' as const] };

    await expect(decideChangeRequest({ ...deps(), user: requesterAsApprover, id: request.id, decision: 'approve' })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/you requested it/) as unknown });
    await expect(db.prisma.$executeRaw`INSERT INTO "Approval" ("changeRequestId", "approverId", "approverName", "decision") VALUES (${request.id}::uuid, ${alice.id}, 'Alice', 'approve')`).rejects.toThrow(/self-approval is not allowed/);
  });

  it('refuses an approver outside the policy approver groups', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'groups', policy: { approverGroups: ['platform'] } });

    await expect(decideChangeRequest({ ...deps(), user: dave, id: request.id, decision: 'approve' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'approve' })).resolves.toMatchObject({ state: 'approved' });
  });

  it('rejects with a comment only, and a rejected request takes no more decisions', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'reject' });

    await expect(decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'reject' })).rejects.toMatchObject({ code: 'validation' });
    await expect(decideChangeRequest({ ...deps(), user: bob, id: request.id, decision: 'reject', comment: 'too big' })).resolves.toMatchObject({ state: 'rejected' });
    await expect(decideChangeRequest({ ...deps(), user: carol, id: request.id, decision: 'approve' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lets the requester cancel, not an approver, and writes one audit row', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'cancel' });

    await expect(cancelChangeRequest({ ...deps(), user: bob, id: request.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(cancelChangeRequest({ ...deps(), user: alice, id: request.id })).resolves.toMatchObject({ state: 'cancelled' });
    await expect(cancelChangeRequest({ ...deps(), user: alice, id: request.id })).rejects.toMatchObject({ code: 'conflict' });
    expect(await countAudit(request.id, 'change-request.cancelled')).toBe(1);
  });

  it('auto-approves under an auto-approve policy with its outbox job in the same transaction', async () => {
    const request = await insertTestRequest({ ...deps(), clusterName: 'auto', policy: { autoApprove: true, approvalsRequired: 0 } });

    expect(request.state).toBe('approved');
    expect(await db.prisma.outboxJob.count({ where: { changeRequestId: request.id } })).toBe(1);
  });

  it('leaves a valid audit chain behind', async () => {
    await expect(verifyAuditChain(db.prisma)).resolves.toMatchObject({ ok: true });
  });
});
