import { z } from 'zod';
import { getConfig } from '@/lib/config/get-config';
import { getFleetService } from '@/lib/fleet/get-fleet-service';
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { buildTriageRow } from './build-triage-row';
import { cachedRootCause } from './cached-root-cause';
import { clusterVersionOf } from './cluster-versions';
import { ensureTransitionRecorder } from './ensure-transition-recorder';
import { groupTriageRows } from './sort-triage-rows';
import { type TriageQueueResponse, type TriageRow } from './triage-types';
import { stuckThresholdsFromConfig } from './stuck-thresholds-from-config';

const optionalText = z.string().trim().max(253).optional().transform((value) => value || undefined);

export const triageQuerySchema = z.object({ managementCluster: optionalText, team: optionalText, class: optionalText });
export type TriageQuery = z.infer<typeof triageQuerySchema>;

/** Durations grow while nothing changes: a cached row is recomputed after this long anyway. */
const ROW_TTL_MS = 30_000;

type CachedRow = { key: string; at: number; row: TriageRow | undefined };
const holder = globalThis as typeof globalThis & { __quarterdeckTriageRows?: Map<string, CachedRow> };

/**
 * The fleet-wide on-call queue: stuck and failing clusters with their first failing link, sorted
 * by severity then age and grouped by cause class. Rows are cached per cluster version.
 */
export function getTriageQueue(query: TriageQuery): TriageQueueResponse {
  const recorder = ensureTransitionRecorder();
  const fleet = getFleetService();
  const informers = getInformerFleet();
  const cache = (holder.__quarterdeckTriageRows ??= new Map<string, CachedRow>());
  const thresholds = stuckThresholdsFromConfig(getConfig().config.policies.stuckThresholds);
  const history = recorder?.samples();
  const now = new Date();
  const rows: TriageRow[] = [];
  const seen = new Set<string>();
  const teams = new Set<string>();
  const managementClusters = new Set<string>();
  for (const summary of fleet.allSummaries()) {
    if (summary.team) teams.add(summary.team);
    managementClusters.add(summary.managementCluster);
    if (query.managementCluster && summary.managementCluster !== query.managementCluster) continue;
    if (query.team && summary.team !== query.team) continue;
    seen.add(summary.id);
    const state = informers.status(summary.managementCluster)?.state;
    const reachable = state !== 'unreachable' && state !== 'refused';
    // The history only moves p95 bounds a little: rows are rebuilt when it doubles, not per sample.
    const key = `${clusterVersionOf(summary.id)}|${reachable}|${Math.floor(Math.log2(1 + (history?.length ?? 0)))}`;
    let cached = cache.get(summary.id);
    if (!cached || cached.key !== key || now.getTime() - cached.at > ROW_TTL_MS) {
      const objects = fleet.normalizedObjects(summary);
      const cluster = { namespace: summary.namespace, name: summary.name };
      const rootCause = () => cachedRootCause({ clusterId: summary.id, version: clusterVersionOf(summary.id), reachable, objects: () => objects, cluster });
      cached = { key, at: now.getTime(), row: buildTriageRow({ summary, objects, now, thresholds, reachable, rootCause, ...(history ? { history } : {}) }) };
      cache.set(summary.id, cached);
    }
    if (cached.row && (!query.class || cached.row.cause === query.class)) rows.push(cached.row);
  }
  if (!query.managementCluster && !query.team) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return { total: rows.length, groups: groupTriageRows(rows), generatedAt: now.toISOString(), facets: { teams: [...teams].sort(), managementClusters: [...managementClusters].sort() } };
}
