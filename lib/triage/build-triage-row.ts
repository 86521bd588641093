import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { findRootCause } from '@/lib/capi/root-cause/find-root-cause';
import { DEFAULT_ROOT_CAUSE_RULES } from '@/lib/capi/root-cause/rules';
import { type RootCause } from '@/lib/capi/root-cause/types';
import { detectStuck } from '@/lib/capi/stuck/detect-stuck';
import { type DurationSample, type StuckThresholdConfig } from '@/lib/capi/stuck/types';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { type TriageRow } from './triage-types';

export interface BuildTriageRowInput {
  summary: Pick<ClusterSummary, 'id' | 'managementCluster' | 'namespace' | 'name' | 'team' | 'health'>;
  objects: readonly NormalizedObject[];
  now: Date;
  thresholds?: StuckThresholdConfig;
  history?: readonly DurationSample[];
  reachable?: boolean;
  /** A cached root cause lookup; findRootCause is called when absent. */
  rootCause?: () => RootCause | undefined;
}

const FAILING_HEALTH = new Set(['failing', 'degraded', 'paused']);
const MAY_HIDE_FAILURES = new Set(['provisioning', 'deleting', 'unknown']);
// Rules whose evidence is a failure by itself. "Node never joined", "missing CNI" and "stuck deletion" also
// describe normal progress for a while, so they only count once detectStuck says the bound has passed.
const TIME_DEPENDENT_RULES = new Set(['node-never-joined', 'missing-cni', 'stuck-deletion']);
const SPECIFIC_RULES = new Set(DEFAULT_ROOT_CAUSE_RULES.filter((rule) => !rule.generic && !TIME_DEPENDENT_RULES.has(rule.id)).map((rule) => rule.id));

export function graphHref(options: { managementCluster: string; namespace: string; name: string; node?: string }): string {
  const path = `/clusters/${encodeURIComponent(options.managementCluster)}/${encodeURIComponent(options.namespace)}/${encodeURIComponent(options.name)}`;
  return options.node ? `${path}?node=${encodeURIComponent(options.node)}` : path;
}

/**
 * One queue row for a cluster that is stuck (an activity past its bound) or failing (health
 * failing/degraded/paused with a root cause); undefined for clusters on-call can ignore.
 */
export function buildTriageRow(input: BuildTriageRowInput): TriageRow | undefined {
  const { summary } = input;
  const cluster = { namespace: summary.namespace, name: summary.name };
  const stuck = detectStuck({ objects: input.objects, now: input.now, ...(input.thresholds ? { thresholds: input.thresholds } : {}), ...(input.history ? { history: input.history } : {}) });
  const worst = [...stuck].sort((a, b) => (a.severity === b.severity ? a.since.localeCompare(b.since) : a.severity === 'critical' ? -1 : 1))[0];
  const failingHealth = FAILING_HEALTH.has(summary.health) || input.reachable === false;
  if (!worst && !failingHealth && !MAY_HIDE_FAILURES.has(summary.health)) return undefined;
  const rootCause = input.rootCause ? input.rootCause() : findRootCause({ objects: input.objects, cluster, ...(input.reachable === false ? { managementCluster: { reachable: false } } : {}) });
  if (!worst && !rootCause) return undefined;
  // A cluster still provisioning or deleting is only queued early when a specific failure pattern matched
  // (capacity, credentials, CNI, ...), not for the generic "not ready yet" of normal progress.
  if (!worst && !failingHealth && !SPECIFIC_RULES.has(rootCause?.ruleId ?? '')) return undefined;
  const link = rootCause?.deepest ?? worst?.firstFailingLink;
  const condition = link?.failing[0] ?? link?.condition;
  const severity = worst?.severity ?? (summary.health === 'failing' || input.reachable === false ? 'critical' : 'warning');
  return {
    clusterId: summary.id,
    managementCluster: summary.managementCluster,
    namespace: summary.namespace,
    cluster: summary.name,
    team: summary.team ?? null,
    severity,
    kind: worst ? 'stuck' : 'failing',
    activity: worst?.activity ?? null,
    stuckObjects: stuck.length,
    link: link ? { objectId: link.objectId, kind: link.kind, name: link.name } : null,
    reason: condition?.reason ?? null,
    message: condition?.message ?? null,
    since: worst?.since ?? condition?.since ?? null,
    cause: rootCause?.classification ?? worst?.cause ?? 'unknown',
    hint: rootCause?.hint.meaning ?? worst?.hint ?? '',
    nextEvidence: rootCause?.hint.nextEvidence ?? null,
    href: graphHref({ ...summary, ...(link ? { node: link.objectId } : {}) }),
  };
}
