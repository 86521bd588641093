import { type NormalizedObject } from '../normalize/types';
import { findRootCause } from '../root-cause/find-root-cause';
import { failingConditions } from '../root-cause/failing-conditions';
import { type ChainLink, type RootCause } from '../root-cause/types';
import { summaryCondition } from '../conditions/find-condition';
import { toNodeCondition } from '../graph/make-node';
import { inferInfrastructureProvider } from '../summary/infer-provider';
import { findActivities } from './find-activities';
import { percentile } from './percentile';
import { DEFAULT_STUCK_THRESHOLDS, type DurationSample, type StuckItem, type StuckThresholdConfig } from './types';

/** An object off the root-cause chain is explained by its own failing conditions when it has some. */
function ownLink(object: NormalizedObject, fallback: ChainLink | undefined): ChainLink | undefined {
  const mode = object.conditions.length > 0 ? 'v1beta2' : 'v1beta1';
  const failing = failingConditions(object, mode);
  if (failing.length === 0) return fallback;
  const condition = toNodeCondition(summaryCondition(object, mode));
  return { objectId: object.id, kind: object.kind, name: object.name, failing, ...(condition ? { condition } : {}) };
}

/** Fewer samples than this make a p95 meaningless. */
export const MIN_HISTORY_SAMPLES = 10;

export interface DetectStuckInput {
  objects: readonly NormalizedObject[];
  now: Date;
  thresholds?: StuckThresholdConfig;
  history?: readonly DurationSample[];
}

/**
 * Objects whose provisioning, deletion or rollout has lasted longer than its threshold (per ClusterClass
 * overridable) or, with enough history, longer than the p95 observed for the same ClusterClass (else provider).
 */
export function detectStuck(input: DetectStuckInput): StuckItem[] {
  const clusters = new Map(input.objects.filter((o) => o.kind === 'Cluster').map((c) => [`${c.namespace}/${c.name}`, c] as const));
  const causes = new Map<string, RootCause | undefined>();
  const causeOf = (cluster: NormalizedObject) => {
    if (!causes.has(cluster.id)) causes.set(cluster.id, findRootCause({ objects: input.objects, cluster }));
    return causes.get(cluster.id);
  };
  const items: StuckItem[] = [];
  for (const { object, activity, since } of findActivities(input.objects)) {
    const cluster = clusters.get(`${object.namespace}/${object.clusterName ?? ''}`);
    const clusterClass = cluster?.topology?.className;
    const provider = inferInfrastructureProvider(cluster?.infrastructureRef?.kind);
    const minutes = (clusterClass ? input.thresholds?.byClusterClass?.[clusterClass]?.[activity] : undefined) ?? input.thresholds?.defaults?.[activity] ?? DEFAULT_STUCK_THRESHOLDS[activity];
    const thresholdSeconds = minutes * 60;
    const durationSeconds = Math.floor((input.now.getTime() - Date.parse(since)) / 1000);
    if (Number.isNaN(durationSeconds)) continue;
    const relevant = (input.history ?? []).filter((s) => s.activity === activity);
    const sameClass = relevant.filter((s) => clusterClass !== undefined && s.clusterClass === clusterClass);
    const sameProvider = relevant.filter((s) => s.provider === provider);
    const samples = sameClass.length >= MIN_HISTORY_SAMPLES ? sameClass : sameProvider.length >= MIN_HISTORY_SAMPLES ? sameProvider : [];
    const p95Seconds = percentile(samples.map((s) => s.durationSeconds), 95);
    const overP95 = p95Seconds !== undefined && durationSeconds > p95Seconds;
    if (durationSeconds <= thresholdSeconds && !overP95) continue;
    const exceeded = durationSeconds > thresholdSeconds ? 'threshold' : 'p95';
    const bound = exceeded === 'threshold' ? thresholdSeconds : (p95Seconds ?? thresholdSeconds);
    const item: StuckItem = {
      objectId: object.id, kind: object.kind, name: object.name, clusterId: cluster?.id ?? `Cluster/${object.namespace}/${object.clusterName ?? ''}`,
      activity, since, durationSeconds, thresholdSeconds, exceeded, severity: durationSeconds > 2 * bound ? 'critical' : 'warning',
      ...(p95Seconds !== undefined ? { p95Seconds } : {}),
    };
    const cause = cluster ? causeOf(cluster) : undefined;
    if (cause) {
      item.cause = cause.classification;
      item.hint = cause.hint.meaning;
      const link = cause.chain.some((l) => l.objectId === object.id) ? cause.deepest : ownLink(object, cause.deepest);
      if (link) item.firstFailingLink = link;
    }
    items.push(item);
  }
  return items.sort((a, b) => (a.severity === b.severity ? b.durationSeconds - a.durationSeconds : a.severity === 'critical' ? -1 : 1));
}
