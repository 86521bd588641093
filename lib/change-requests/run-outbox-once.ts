// One pass of the outbox worker: claim, apply, record, until no job is due.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PrismaClient } from '@/lib/db/client';
import { logger } from '@/lib/observability/logger';
import { applyPlanSchema } from './apply-plan';
import { claimOutboxJob, type ClaimedJob } from './claim-outbox-job';
import { executeApplyPlan, type ApplyOutcome } from './execute-apply-plan';
import { recordApplyOutcome } from './record-apply-outcome';

export interface OutboxRunOptions {
  prisma: PrismaClient;
  config: QuarterdeckConfig;
  workerId: string;
  /** A running job older than this belongs to a dead worker and is claimed again. */
  leaseMs: number;
  maxJobs?: number;
  /** Tests: runs after a successful apply, before the bookkeeping (throw to simulate a crash). */
  afterApply?: (claimed: ClaimedJob) => void | Promise<void>;
}

async function applyClaimed(claimed: ClaimedJob): Promise<ApplyOutcome> {
  const plan = applyPlanSchema.safeParse(claimed.request.manifest);
  if (!plan.success) return { kind: 'permanent', message: 'the stored manifest is not an apply plan' };
  try {
    return await executeApplyPlan({ managementCluster: claimed.request.managementCluster, requestId: claimed.request.id, plan: plan.data });
  } catch (error) {
    return { kind: 'transient', message: error instanceof Error ? error.message : String(error) };
  }
}

export async function runOutboxOnce(options: OutboxRunOptions): Promise<number> {
  let processed = 0;
  while (processed < (options.maxJobs ?? 20)) {
    const claimed = await claimOutboxJob(options);
    if (claimed === 'none') break;
    processed += 1;
    if (claimed === 'skipped') continue;
    const outcome = await applyClaimed(claimed);
    if (outcome.kind === 'applied') await options.afterApply?.(claimed);
    await recordApplyOutcome({ prisma: options.prisma, config: options.config, claimed, outcome });
    logger.info('change request apply attempt', { changeRequestId: claimed.request.id, outcome: outcome.kind, attempt: claimed.job.attempts });
  }
  return processed;
}
