import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type DurationSample } from '@/lib/capi/stuck/types';
import { type FleetChange } from '@/lib/fleet/fleet-change-log';
import { logger } from '@/lib/observability/logger';
import { collectDurations, durationKey, toDurationSample, type ActivityDurationRow } from './collect-durations';
import { diffTransitions, type ConditionMemory, type TransitionRow } from './diff-transitions';
import { DurationHistory } from './duration-history';
import { RetryingBatchWriter } from './retrying-batch-writer';

export interface RecorderFleet {
  subscribe(listener: (change: FleetChange) => void): () => void;
  allSummaries(): Iterable<{ managementCluster: string; namespace: string; name: string }>;
  normalizedObjects(options: { managementCluster: string; namespace: string; name: string }): NormalizedObject[];
}

export interface TransitionRecorderOptions {
  fleet: RecorderFleet;
  write: (rows: TransitionRow[]) => Promise<void>;
  /** Persists finished activities (unique per uid and activity, so re-writes are no-ops). */
  writeDurations?: (rows: ActivityDurationRow[]) => Promise<void>;
  /** The persisted history, read once at start (bounded by the loader). */
  loadDurations?: () => Promise<ActivityDurationRow[]>;
  flushMs?: number;
  batchSize?: number;
  /** Rows kept while the database is down; the oldest are dropped beyond this. */
  maxPending?: number;
  now?: () => Date;
  /** Clock for the retry backoff (tests). */
  nowMs?: () => number;
}

/**
 * Follows the fleet service and writes condition transitions and finished provisioning durations
 * in batches (an outage only delays them). Keeps the duration history stuck detection compares
 * against: loaded from the database at start, extended by what finishes while running.
 */
export class TransitionRecorder {
  private readonly memories = new Map<string, ConditionMemory>();
  private readonly transitions: RetryingBatchWriter<TransitionRow>;
  private readonly durations: RetryingBatchWriter<ActivityDurationRow> | undefined;
  private readonly history = new DurationHistory();
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => Date;
  /** Settles once the persisted history is loaded (or could not be). */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly options: TransitionRecorderOptions) {
    this.now = options.now ?? (() => new Date());
    const common = { ...(options.batchSize ? { batchSize: options.batchSize } : {}), ...(options.maxPending ? { maxPending: options.maxPending } : {}), ...(options.nowMs ? { nowMs: options.nowMs } : {}) };
    this.transitions = new RetryingBatchWriter({ label: 'condition transitions', write: options.write, ...common });
    this.durations = options.writeDurations ? new RetryingBatchWriter({ label: 'activity durations', write: options.writeDurations, ...common }) : undefined;
  }

  start(): this {
    this.ready = this.loadHistory();
    for (const summary of this.options.fleet.allSummaries()) this.observe(summary);
    this.unsubscribe = this.options.fleet.subscribe((change) => this.onChange(change));
    this.timer = setInterval(() => void this.flush(), this.options.flushMs ?? 2_000);
    this.timer.unref();
    return this;
  }

  stop(): void {
    this.unsubscribe?.();
    clearInterval(this.timer);
  }

  pendingCount(): number {
    return this.transitions.pendingCount() + (this.durations?.pendingCount() ?? 0);
  }

  samples(): readonly DurationSample[] {
    return this.history.samples();
  }

  onChange(change: FleetChange): void {
    for (const id of change.removed) this.memories.delete(id);
    for (const id of change.changed) {
      const [managementCluster = '', namespace = '', ...rest] = id.split('/');
      this.observe({ managementCluster, namespace, name: rest.join('/') });
    }
  }

  /** Writes what is pending; on failure keeps the rows and backs off. */
  async flush(): Promise<void> {
    await Promise.all([this.transitions.flush(), this.durations?.flush()]);
  }

  private async loadHistory(): Promise<void> {
    if (!this.options.loadDurations) return;
    try {
      const rows = await this.options.loadDurations();
      this.history.prepend(rows.map((row) => [durationKey(row), toDurationSample(row)] as const));
      logger.info('activity duration history loaded', { samples: rows.length });
    } catch (error) {
      logger.warn('could not load the activity duration history; starting without it', { error });
    }
  }

  private observe(cluster: { managementCluster: string; namespace: string; name: string }): void {
    const id = `${cluster.managementCluster}/${cluster.namespace}/${cluster.name}`;
    const previous = this.memories.get(id);
    const objects = this.options.fleet.normalizedObjects(cluster);
    const { rows, memory } = diffTransitions({ managementCluster: cluster.managementCluster, objects, previous: previous ?? (new Map() as ConditionMemory), now: this.now() });
    this.memories.set(id, memory);
    this.transitions.push(rows);
    // At first sight (start-up, restart) a True condition may be a later re-transition, not the end of
    // provisioning: only transitions seen happening count as durations.
    if (!previous || rows.length === 0) return;
    const finished = collectDurations({ managementCluster: cluster.managementCluster, objects, rows }).filter((row) => this.history.add(durationKey(row), toDurationSample(row)));
    this.durations?.push(finished);
  }
}
