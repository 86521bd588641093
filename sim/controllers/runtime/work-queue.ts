// Deduplicating work queue driven by the SimClock: keys enqueued in the same tick are reconciled
// once, in a batch, from a zero-delay timer (so a virtual clock in tests fully controls execution).
import type { SimClock, TimerHandle } from '../../clock/sim-clock';

export type ReconcileFn = (key: string) => void;

export class WorkQueue {
  private pending = new Set<string>();
  private flushTimer: TimerHandle | undefined;
  private readonly delayed = new Map<string, { due: number; handle: TimerHandle }[]>();
  private stopped = false;

  constructor(
    private readonly clock: SimClock,
    private readonly reconcile: ReconcileFn,
    private readonly batchSize = 500,
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    this.pending.add(key);
    this.flushTimer ??= this.clock.setTimer(0, () => this.flush());
  }

  /** Enqueues `key` after `ms`, unless an earlier (or equal) delayed enqueue is already pending. */
  addAfter(key: string, ms: number): void {
    if (this.stopped) return;
    // An approximate due time is enough: a real clock runs `ms` faster by its speed, which only
    // makes this comparison conservative (an extra reconcile, never a missed one).
    const due = this.clock.now().getTime() + ms;
    const timers = this.delayed.get(key) ?? [];
    if (timers.some((t) => t.due <= due)) return;
    const entry = { due, handle: this.clock.setTimer(ms, () => fire()) };
    const fire = (): void => {
      const remaining = (this.delayed.get(key) ?? []).filter((t) => t !== entry);
      if (remaining.length) this.delayed.set(key, remaining);
      else this.delayed.delete(key);
      this.add(key);
    };
    timers.push(entry);
    this.delayed.set(key, timers);
  }

  stop(): void {
    this.stopped = true;
    if (this.flushTimer) this.clock.clearTimer(this.flushTimer);
    for (const timers of this.delayed.values()) for (const { handle } of timers) this.clock.clearTimer(handle);
    this.delayed.clear();
    this.pending.clear();
  }

  // Bounded batches: after each one the (real) clock yields to I/O, so a large backlog (a whole
  // fleet resynced at start-up) never blocks the API server for long.
  private flush(): void {
    this.flushTimer = undefined;
    let budget = this.batchSize;
    for (const key of this.pending) {
      if (this.stopped || budget-- <= 0) break;
      this.pending.delete(key);
      this.reconcile(key);
    }
    if (this.pending.size && !this.stopped) this.flushTimer ??= this.clock.setTimer(0, () => this.flush());
  }
}
