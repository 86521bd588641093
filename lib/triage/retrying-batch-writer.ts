import { logger } from '@/lib/observability/logger';

export interface RetryingBatchWriterOptions<T> {
  /** What is written, for the logs ("condition transitions"). */
  label: string;
  write: (rows: T[]) => Promise<void>;
  batchSize?: number;
  /** Rows kept while the database is down; the oldest are dropped beyond this. */
  maxPending?: number;
  /** Clock for the retry backoff (tests). */
  nowMs?: () => number;
}

/**
 * Rows waiting to be written in batches. A database outage never throws: rows wait (bounded) and
 * the write is retried with backoff (1 s doubling up to 60 s).
 */
export class RetryingBatchWriter<T> {
  private pending: T[] = [];
  private failures = 0;
  private retryAt = 0;
  private flushing: Promise<void> | undefined;

  constructor(private readonly options: RetryingBatchWriterOptions<T>) {}

  push(rows: readonly T[]): void {
    if (rows.length === 0) return;
    this.pending.push(...rows);
    const max = this.options.maxPending ?? 100_000;
    if (this.pending.length > max) {
      logger.warn(`${this.options.label} backlog full: dropping the oldest rows`, { dropped: this.pending.length - max });
      this.pending.splice(0, this.pending.length - max);
    }
  }

  pendingCount(): number {
    return this.pending.length;
  }

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
        logger.warn(`could not write ${this.options.label}; will retry`, { error, pending: this.pending.length, retryInMs: delay });
        return;
      }
      this.pending.splice(0, batch.length);
      this.failures = 0;
      this.retryAt = 0;
    }
  }
}
