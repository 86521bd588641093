// Time-to-live: once a ready ephemeral cluster has lived ttlSeconds, Quarterdeck files the delete
// request itself, under the same policy as anyone's (deletes always need an approval), and
// marks the create request expired in the same transaction.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PrismaClient } from '@/lib/db/client';
import { findManagementCluster } from '@/lib/k8s/registry/get-registry';
import { logger } from '@/lib/observability/logger';
import { SYSTEM_ACTOR } from './change-request-actor';
import type { ChangeRequestInput } from './change-request-input';
import { insertChangeRequest } from './insert-change-request';
import { lockChangeRequest } from './lock-change-request';
import { planClusterChange } from './plan-cluster-change';
import { readCluster } from './read-cluster';
import { resolvePolicy } from './resolve-policy';
import { transitionChangeRequest } from './transition-change-request';

export async function expireEphemeralClusters(options: { prisma: PrismaClient; config: QuarterdeckConfig; now?: Date }): Promise<string[]> {
  const now = options.now ?? new Date();
  const candidates = await options.prisma.changeRequest.findMany({ where: { type: 'create-cluster', state: 'ready', ttlSeconds: { not: null }, readyAt: { not: null } }, take: 200 });
  const filed: string[] = [];
  for (const row of candidates) {
    if (!row.readyAt || row.ttlSeconds === null || row.readyAt.getTime() + row.ttlSeconds * 1000 > now.getTime()) continue;
    const cluster = await readCluster({ managementCluster: row.managementCluster, namespace: row.namespace, name: row.clusterName }).catch(() => undefined);
    if (cluster === undefined) continue;
    const input: ChangeRequestInput = { type: 'delete-cluster', managementCluster: row.managementCluster, namespace: row.namespace, clusterName: row.clusterName, confirmName: row.clusterName, comment: `time-to-live of change request ${row.id} expired` };
    const plan = cluster ? await planClusterChange({ input, cluster }) : null;
    const policy = resolvePolicy({ config: options.config, type: 'delete-cluster', team: row.requesterTeam, namespace: row.namespace, managementClusterLabels: findManagementCluster(row.managementCluster)?.labels ?? {} });
    const deleteId = await options.prisma.$transaction(async (tx) => {
      const current = await lockChangeRequest(tx, row.id);
      if (current.state !== 'ready') return null;
      await transitionChangeRequest(tx, { request: current, to: 'expired', actor: SYSTEM_ACTOR, config: options.config, payload: { ttlSeconds: row.ttlSeconds, clusterGone: plan === null } });
      if (!plan) return null;
      const created = await insertChangeRequest(tx, { config: options.config, request: { type: 'delete-cluster', actor: SYSTEM_ACTOR, team: row.requesterTeam, managementCluster: row.managementCluster, namespace: row.namespace, clusterName: row.clusterName, payload: input, plan, policy, observedResourceVersion: cluster?.metadata.resourceVersion ?? null } });
      return created.id;
    });
    if (deleteId) {
      filed.push(deleteId);
      logger.info('time-to-live expired: delete request filed', { changeRequestId: row.id, deleteRequestId: deleteId });
    }
  }
  return filed;
}
