// The follower: moves applied create-cluster requests to provisioning and ready (or failed) as
// the Cluster progresses, and reports a cluster stuck past the provisioning threshold once.
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PrismaClient } from '@/lib/db/client';
import type { ChangeRequestState } from '@/lib/db/enums';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { enqueueNotifications } from '@/lib/notifications/enqueue-notifications';
import { SYSTEM_ACTOR } from './change-request-actor';
import type { ChangeRequestProgress } from './change-request-view';
import { lockChangeRequest } from './lock-change-request';
import { readClusterProgress } from './read-cluster-progress';
import { transitionChangeRequest } from './transition-change-request';

export function nextFollowState(state: string, progress: ChangeRequestProgress): ChangeRequestState | null {
  if (progress.phase === 'Failed') return 'failed';
  if (progress.available === true) return 'ready';
  if (state === 'applied' && progress.phase !== null) return 'provisioning';
  return null;
}

async function reportStuck(options: { prisma: PrismaClient; config: QuarterdeckConfig; row: ChangeRequestModel; now: Date }): Promise<void> {
  const { row, prisma } = options;
  const thresholdMs = options.config.policies.stuckThresholds.clusterProvisioningMinutes * 60_000;
  if (!row.appliedAt || options.now.getTime() - row.appliedAt.getTime() < thresholdMs) return;
  if ((await prisma.auditEvent.count({ where: { requestId: row.id, action: 'change-request.stuck' } })) > 0) return;
  await prisma.$transaction(async (tx) => {
    await appendAuditEvent(tx, { actor: SYSTEM_ACTOR, action: 'change-request.stuck', target: { managementCluster: row.managementCluster, kind: 'Cluster', namespace: row.namespace, name: row.clusterName }, requestId: row.id, payload: { appliedAt: row.appliedAt, thresholdMinutes: thresholdMs / 60_000 } });
    await enqueueNotifications(tx, { config: options.config, event: 'stuck', request: row });
  });
}

export async function followChangeRequests(options: { prisma: PrismaClient; config: QuarterdeckConfig; now?: Date }): Promise<number> {
  const rows = await options.prisma.changeRequest.findMany({ where: { type: 'create-cluster', state: { in: ['applied', 'provisioning'] } }, take: 200 });
  let moved = 0;
  for (const row of rows) {
    const progress = await readClusterProgress(row).catch(() => null);
    const next = progress ? nextFollowState(row.state, progress) : null;
    if (!next) {
      await reportStuck({ ...options, row, now: options.now ?? new Date() });
      continue;
    }
    await options.prisma.$transaction(async (tx) => {
      const current = await lockChangeRequest(tx, row.id);
      if (current.state !== row.state) return;
      const data = next === 'ready' ? { readyAt: new Date() } : next === 'failed' ? { failureMessage: 'the Cluster reports phase Failed' } : {};
      await transitionChangeRequest(tx, { request: current, to: next, actor: SYSTEM_ACTOR, config: options.config, data, payload: { phase: progress?.phase, available: progress?.available } });
    });
    moved += 1;
  }
  return moved;
}
