import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type DurationSample, type StuckActivity } from '@/lib/capi/stuck/types';
import { inferInfrastructureProvider } from '@/lib/capi/summary/infer-provider';
import { type TransitionRow } from './diff-transitions';

/** One finished activity, as stored in `ActivityDuration` (unique per uid and activity). */
export interface ActivityDurationRow {
  managementCluster: string;
  kind: string;
  namespace: string;
  name: string;
  uid: string;
  activity: StuckActivity;
  clusterClass: string | null;
  provider: string;
  startedAt: Date;
  finishedAt: Date;
  seconds: number;
}

const READY_TYPES = new Set(['Available', 'Ready']);

export const durationKey = (row: Pick<ActivityDurationRow, 'uid' | 'activity'>) => `${row.uid}|${row.activity}`;

export function toDurationSample(row: Pick<ActivityDurationRow, 'activity' | 'seconds' | 'provider' | 'clusterClass'>): DurationSample {
  return { activity: row.activity, durationSeconds: row.seconds, provider: row.provider, ...(row.clusterClass ? { clusterClass: row.clusterClass } : {}) };
}

/**
 * Provisioning that finished in these transitions: a Machine or Cluster whose Available/Ready
 * turned True, measured from its creation. With both conditions in one batch, the earliest counts.
 */
export function collectDurations(options: { managementCluster: string; objects: readonly NormalizedObject[]; rows: readonly TransitionRow[] }): ActivityDurationRow[] {
  const cluster = options.objects.find((o) => o.kind === 'Cluster');
  const byUid = new Map(options.objects.map((o) => [o.uid, o] as const));
  const provider = inferInfrastructureProvider(cluster?.infrastructureRef?.kind);
  const clusterClass = cluster?.topology?.className ?? null;
  const found = new Map<string, ActivityDurationRow>();
  for (const row of options.rows) {
    if (row.status !== 'True' || !READY_TYPES.has(row.conditionType) || (row.kind !== 'Machine' && row.kind !== 'Cluster')) continue;
    const created = Date.parse(byUid.get(row.uid)?.creationTimestamp ?? '');
    if (Number.isNaN(created)) continue;
    const seconds = Math.round((row.transitionAt.getTime() - created) / 1000);
    if (seconds <= 0) continue;
    const activity: StuckActivity = row.kind === 'Machine' ? 'machine-provisioning' : 'cluster-provisioning';
    const duration: ActivityDurationRow = {
      managementCluster: options.managementCluster, kind: row.kind, namespace: row.namespace, name: row.name, uid: row.uid,
      activity, clusterClass, provider, startedAt: new Date(created), finishedAt: row.transitionAt, seconds,
    };
    const key = durationKey(duration);
    const earlier = found.get(key);
    if (!earlier || earlier.seconds > seconds) found.set(key, duration);
  }
  return [...found.values()];
}
