import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type DurationSample } from '@/lib/capi/stuck/types';
import { inferInfrastructureProvider } from '@/lib/capi/summary/infer-provider';
import { type FleetChange } from '@/lib/fleet/fleet-change-log';
import { logger } from '@/lib/observability/logger';
import { diffTransitions, type ConditionMemory, type TransitionRow } from './diff-transitions';

export interface RecorderFleet {
  subscribe(listener: (change: FleetChange) => void): () => void;
  allSummaries(): Iterable<{ managementCluster: string; namespace: string; name: string }>;
  normalizedObjects(options: { managementCluster: string; namespace: string; name: string }): NormalizedObject[];
}

export interface TransitionRecorderOptions {
  fleet: RecorderFleet;
  write: (rows: TransitionRow[]) => Promise<void>;
  flushMs?: number;
  batchSize?: number;
  /** Rows kept while the database is down; the oldest are dropped beyond this. */
  maxPending?: number;
  now?: () => Date;
  /** Clock for the retry backoff (tests). */
  nowMs?: () => number;
}

const MAX_SAMPLES = 5_000;
const READY_TYPES = new Set(['Available', 'Ready']);

/**
 * Follows the fleet service and writes condition transitions in batches. A database outage never
 * throws: rows wait (bounded) and the write is retried with backoff. Also keeps provisioning
 * durations seen while running, the history stuck detection compares against.
 */
export class TransitionRecorder {
  private readonly memories = new Map<string, ConditionMemory>();
  private pending: TransitionRow[] = [];
  private readonly durationSamples: DurationSample[] = [];
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private retryAt = 0;
  private flushing: Promise<void> | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: TransitionRecorderOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(): this {
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
    return this.pending.length;
  }

  samples(): readonly DurationSample[] {
    return this.durationSamples;
  }

  onChange(change: FleetChange): void {
    for (const id of change.removed) this.memories.delete(id);
    for (const id of change.changed) {
      const [managementCluster = '', namespace = '', ...rest] = id.split('/');
      this.observe({ managementCluster, namespace, name: rest.join('/') });
    }
  }

  private observe(cluster: { managementCluster: string; namespace: string; name: string }): void {
    const id = `${cluster.managementCluster}/${cluster.namespace}/${cluster.name}`;
    const objects = this.options.fleet.normalizedObjects(cluster);
    const { rows, memory } = diffTransitions({ managementCluster: cluster.managementCluster, objects, previous: this.memories.get(id) ?? new Map<string, string>(), now: this.now() });
    this.memories.set(id, memory);
    if (rows.length === 0) return;
    this.collectSamples(objects, rows);
    this.pending.push(...rows);
    const max = this.options.maxPending ?? 100_000;
    if (this.pending.length > max) {
      logger.warn('condition transition backlog full: dropping the oldest rows', { dropped: this.pending.length - max });
      this.pending.splice(0, this.pending.length - max);
    }
  }

  private collectSamples(objects: readonly NormalizedObject[], rows: readonly TransitionRow[]): void {
    const cluster = objects.find((o) => o.kind === 'Cluster');
    const byUid = new Map(objects.map((o) => [o.uid, o] as const));
    for (const row of rows) {
      if (row.status !== 'True' || !READY_TYPES.has(row.conditionType) || (row.kind !== 'Machine' && row.kind !== 'Cluster')) continue;
      const created = Date.parse(byUid.get(row.uid)?.creationTimestamp ?? '');
      if (Number.isNaN(created)) continue;
      const durationSeconds = Math.round((row.transitionAt.getTime() - created) / 1000);
      if (durationSeconds <= 0) continue;
      const className = cluster?.topology?.className;
      this.durationSamples.push({
        activity: row.kind === 'Machine' ? 'machine-provisioning' : 'cluster-provisioning',
        durationSeconds,
        provider: inferInfrastructureProvider(cluster?.infrastructureRef?.kind),
        ...(className ? { clusterClass: className } : {}),
      });
    }
    if (this.durationSamples.length > MAX_SAMPLES) this.durationSamples.splice(0, this.durationSamples.length - MAX_SAMPLES);
  }

  /** Writes what is pending; on failure keeps the rows and backs off (1 s doubling up to 60 s). */
  flush(): Promise<void> {
    this.flushing ??= this.writePending().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    const nowMs = this.options.nowMs ?? Date.now;
    if (this.pending.length === 0 || nowMs() < this.retryAt) return;
    const batchSize = this.options.batchSize ?? 1_000;
    while (this.pending.length > 0) {
      const batch = this.pending.slice(0, batchSize);
      try {
        await this.options.write(batch);
      } catch (error) {
        this.failures += 1;
        const delay = Math.min(60_000, 1_000 * 2 ** (this.failures - 1));
        this.retryAt = nowMs() + delay;
        logger.warn('could not write condition transitions; will retry', { error, pending: this.pending.length, retryInMs: delay });
        return;
      }
      this.pending.splice(0, batch.length);
      this.failures = 0;
      this.retryAt = 0;
    }
  }
}
