// Bookkeeping after an apply attempt, in one transaction: the change request's transition with
// its audit row, and the job's new state. Guarded: a second recorder (a worker that resumed a
// job whose lease it thought lost) finds the request no longer applying and changes nothing.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { Prisma, PrismaClient } from '@/lib/db/client';
import { SYSTEM_ACTOR } from './change-request-actor';
import type { ClaimedJob } from './claim-outbox-job';
import type { ApplyOutcome } from './execute-apply-plan';
import { lockChangeRequest } from './lock-change-request';
import { replanAfterDrift } from './replan-after-drift';
import { transitionChangeRequest } from './transition-change-request';

export const MAX_ATTEMPTS = 8;

export function backoffMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

export async function recordApplyOutcome(options: { prisma: PrismaClient; config: QuarterdeckConfig; claimed: ClaimedJob; outcome: ApplyOutcome }): Promise<void> {
  const { claimed, config } = options;
  let outcome = options.outcome;
  if (outcome.kind === 'transient' && claimed.job.attempts >= MAX_ATTEMPTS) outcome = { kind: 'permanent', message: `gave up after ${claimed.job.attempts} attempts: ${outcome.message}` };
  const replanned = outcome.kind === 'drift' ? await replanAfterDrift(claimed.request).catch(() => null) : null;
  await options.prisma.$transaction(async (tx) => {
    const request = await lockChangeRequest(tx, claimed.request.id);
    const finishJob = (state: 'done' | 'failed', lastError: string | null) => tx.outboxJob.update({ where: { id: claimed.job.id }, data: { state, lockedAt: null, lastError } });
    if (request.state !== 'applying') return void (await finishJob('done', `change request is ${request.state}`));
    const actor = SYSTEM_ACTOR;
    switch (outcome.kind) {
      case 'applied':
        await transitionChangeRequest(tx, { request, to: 'applied', actor, config, data: { appliedAt: new Date(), apiAuditId: outcome.auditId }, payload: { apiAuditId: outcome.auditId } });
        return void (await finishJob('done', null));
      case 'transient':
        await tx.outboxJob.update({ where: { id: claimed.job.id }, data: { state: 'pending', lockedAt: null, lastError: outcome.message, nextAttemptAt: new Date(Date.now() + backoffMs(claimed.job.attempts)) } });
        return;
      case 'permanent':
        await transitionChangeRequest(tx, { request, to: 'failed', actor, config, data: { failureMessage: outcome.message }, payload: { error: outcome.message } });
        return void (await finishJob('failed', outcome.message));
      case 'drift': {
        if (!replanned) {
          await transitionChangeRequest(tx, { request, to: 'failed', actor, config, data: { failureMessage: outcome.message }, payload: { error: outcome.message } });
          return void (await finishJob('failed', outcome.message));
        }
        // Approvals were given for the old object: they are cleared (the audit log keeps them).
        const cleared = await tx.approval.deleteMany({ where: { changeRequestId: request.id } });
        await transitionChangeRequest(tx, {
          request,
          to: 'pending',
          actor,
          config,
          data: { manifest: replanned.plan as unknown as Prisma.InputJsonValue, observedResourceVersion: replanned.resourceVersion },
          payload: { reason: outcome.message, clearedApprovals: cleared.count, resourceVersion: replanned.resourceVersion },
        });
        return void (await finishJob('done', outcome.message));
      }
    }
  });
}
