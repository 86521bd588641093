// Claims one due outbox job (FOR UPDATE SKIP LOCKED: concurrent workers never take the same
// one) and moves its change request to applying. A job whose worker died stays "running"
// until its lease runs out, then is claimed again.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PrismaClient } from '@/lib/db/client';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import type { OutboxJobModel } from '@/lib/db/generated/models/OutboxJob';
import { SYSTEM_ACTOR } from './change-request-actor';
import { lockChangeRequest } from './lock-change-request';
import { transitionChangeRequest } from './transition-change-request';

export type ClaimedJob = { job: OutboxJobModel; request: ChangeRequestModel };

export async function claimOutboxJob(options: { prisma: PrismaClient; config: QuarterdeckConfig; workerId: string; leaseMs: number }): Promise<ClaimedJob | 'none' | 'skipped'> {
  return await options.prisma.$transaction(async (tx) => {
    const leaseCutoff = new Date(Date.now() - options.leaseMs);
    const [due] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxJob"
      WHERE ("state" = 'pending' AND "nextAttemptAt" <= now()) OR ("state" = 'running' AND "lockedAt" < ${leaseCutoff})
      ORDER BY "nextAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!due) return 'none';
    const job = await tx.outboxJob.update({ where: { id: due.id }, data: { state: 'running', lockedAt: new Date(), lockedBy: options.workerId, attempts: { increment: 1 } } });
    let request = await lockChangeRequest(tx, job.changeRequestId);
    if (request.state === 'approved') {
      request = await transitionChangeRequest(tx, { request, to: 'applying', actor: SYSTEM_ACTOR, config: options.config, payload: { worker: options.workerId, attempt: job.attempts } });
    } else if (request.state !== 'applying') {
      // Cancelled (or otherwise settled) after the job was written: nothing to apply.
      await tx.outboxJob.update({ where: { id: job.id }, data: { state: 'done', lockedAt: null, lastError: `change request is ${request.state}` } });
      return 'skipped';
    }
    return { job, request };
  });
}
