// Approve or reject. The completing approval moves the request to approved and writes its
// outbox job in the same transaction; a rejection ends it. Lost races answer 409.
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import type { User } from '@/lib/auth/user';
import type { Prisma, PrismaClient } from '@/lib/db/client';
import type { ApprovalDecision } from '@/lib/db/enums';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { AppError } from '@/lib/errors/app-error';
import type { ApplyPlan } from './apply-plan';
import { whyCannotDecide } from './can-decide';
import { actorOf } from './change-request-actor';
import { resolveDeps, type ChangeRequestDeps } from './change-request-deps';
import { decisionErrorOf, lockChangeRequest } from './lock-change-request';
import { parsePolicy } from './parse-policy';
import { replanAfterDrift } from './replan-after-drift';
import { transitionChangeRequest } from './transition-change-request';

export interface DecideOptions extends ChangeRequestDeps {
  user: User;
  id: string;
  decision: ApprovalDecision;
  comment?: string;
  request?: Request;
}

// Best effort: an unreachable management cluster keeps the plan from submission (the worker
// then detects any drift itself).
async function refreshPlan(prisma: PrismaClient, id: string): Promise<{ plan: ApplyPlan; resourceVersion: string } | null> {
  const row = await prisma.changeRequest.findUnique({ where: { id } });
  if (!row || row.type === 'create-cluster' || row.state !== 'pending') return null;
  return await replanAfterDrift(row).catch(() => null);
}

export async function decideChangeRequest(options: DecideOptions): Promise<ChangeRequestModel> {
  const { prisma, config } = resolveDeps(options);
  const { user, decision } = options;
  const actor = actorOf(user, options.request);
  if (decision === 'reject' && !options.comment?.trim()) throw new AppError({ code: 'validation', message: 'A rejection needs a comment', details: { fieldErrors: [{ field: 'comment', message: 'is required' }] } });
  const refreshed = decision === 'approve' ? await refreshPlan(prisma, options.id) : null;
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await lockChangeRequest(tx, options.id);
      const decided = await tx.approval.findMany({ where: { changeRequestId: row.id } });
      const why = whyCannotDecide({ user, config, policy: parsePolicy(row.policy), requesterId: row.requesterId, state: row.state, decidedBy: decided.map((approval) => approval.approverId) });
      if (why) throw new AppError({ code: row.state === 'pending' && why !== 'you already decided' ? 'forbidden' : 'conflict', message: `You cannot decide: ${why}` });
      await tx.approval.create({ data: { changeRequestId: row.id, approverId: user.id, approverName: user.name, decision, comment: options.comment ?? null } });
      if (decision === 'reject') return await transitionChangeRequest(tx, { request: row, to: 'rejected', actor, config, payload: { comment: options.comment } });
      const approvals = decided.filter((approval) => approval.decision === 'approve').length + 1;
      const target = { managementCluster: row.managementCluster, kind: 'Cluster', namespace: row.namespace, name: row.clusterName };
      await appendAuditEvent(tx, { actor, action: 'change-request.approval-recorded', target, requestId: row.id, payload: { approvals, required: row.requiredApprovals, comment: options.comment } });
      if (approvals < row.requiredApprovals) {
        // Bump the version so a concurrent writer holding the old one loses its guarded update.
        return await tx.changeRequest.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
      }
      // The update carries the resourceVersion seen now, at approval (what the approvers' diff showed).
      const data = refreshed ? { manifest: refreshed.plan as unknown as Prisma.InputJsonValue, observedResourceVersion: refreshed.resourceVersion } : {};
      const approved = await transitionChangeRequest(tx, { request: row, to: 'approved', actor, config, data, payload: { approvals, resourceVersion: refreshed?.resourceVersion ?? row.observedResourceVersion } });
      await tx.outboxJob.create({ data: { changeRequestId: row.id } });
      return approved;
    });
  } catch (error) {
    throw decisionErrorOf(error);
  }
}
