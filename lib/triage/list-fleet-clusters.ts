import { type ClusterQuery } from '@/lib/fleet/cluster-query';
import { listClusters, type ClusterListResponse } from '@/lib/fleet/list-clusters';
import { logger } from '@/lib/observability/logger';
import { getTriageQueue } from './get-triage-queue';

const REFRESH_MS = 5_000;
const holder = globalThis as typeof globalThis & { __quarterdeckStuckIds?: { at: number; ids: ReadonlySet<string>; refreshing: boolean } };

function computeStuckIds(): ReadonlySet<string> {
  const queue = getTriageQueue({ managementCluster: undefined, team: undefined, class: undefined });
  return new Set(queue.groups.flatMap((group) => group.rows.filter((row) => row.kind === 'stuck').map((row) => row.clusterId)));
}

/**
 * Stuck clusters for the fleet tile. The triage queue is fleet-wide work, so the list API never
 * waits for it after the first call: a set older than 5 s is served while a fresh one is built.
 */
function stuckClusterIds(): ReadonlySet<string> {
  const cached = holder.__quarterdeckStuckIds;
  if (!cached) {
    holder.__quarterdeckStuckIds = { at: Date.now(), ids: computeStuckIds(), refreshing: false };
    return holder.__quarterdeckStuckIds.ids;
  }
  if (Date.now() - cached.at > REFRESH_MS && !cached.refreshing) {
    cached.refreshing = true;
    setImmediate(() => {
      try {
        holder.__quarterdeckStuckIds = { at: Date.now(), ids: computeStuckIds(), refreshing: false };
      } catch (error) {
        cached.refreshing = false;
        logger.warn('stuck clusters not refreshed', { error });
      }
    });
  }
  return cached.ids;
}

/** GET /api/clusters: the fleet list, with the stuck tile counted from the triage queue. */
export function listFleetClusters(query: ClusterQuery): ClusterListResponse {
  return listClusters({ query, stuckClusterIds: stuckClusterIds() });
}
