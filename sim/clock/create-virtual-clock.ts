import type { SimClock, TimerHandle } from './sim-clock';

export interface VirtualClock extends SimClock {
  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void;
  /** Fires timers (advancing time to each) until none are left or `maxMs` of virtual time has passed. Returns the ms advanced. */
  runUntilIdle(options?: { maxMs?: number }): number;
  pendingTimers(): number;
}

interface Timer {
  id: number;
  due: number;
  seq: number;
  fn: () => void;
}

export function createVirtualClock(options: { start?: Date } = {}): VirtualClock {
  let current = (options.start ?? new Date('2026-01-01T00:00:00Z')).getTime();
  const timers = new Map<number, Timer>();
  let nextId = 1;

  // Linear scan: tests hold few timers, and ordering by (due, creation) keeps runs deterministic.
  function nextDue(limit: number): Timer | undefined {
    let best: Timer | undefined;
    for (const t of timers.values()) {
      if (t.due > limit) continue;
      if (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
    }
    return best;
  }

  function fireUntil(limit: number): void {
    for (let t = nextDue(limit); t; t = nextDue(limit)) {
      timers.delete(t.id);
      current = Math.max(current, t.due);
      t.fn();
    }
    current = Math.max(current, limit);
  }

  return {
    now: () => new Date(current),
    setTimer(ms, fn): TimerHandle {
      const id = nextId++;
      timers.set(id, { id, due: current + Math.max(0, ms), seq: id, fn });
      return { id };
    },
    clearTimer(handle) {
      timers.delete(handle.id);
    },
    advance(ms) {
      fireUntil(current + ms);
    },
    runUntilIdle({ maxMs = 24 * 3600_000 } = {}) {
      const start = current;
      const limit = start + maxMs;
      for (let t = nextDue(limit); t; t = nextDue(limit)) {
        timers.delete(t.id);
        current = Math.max(current, t.due);
        t.fn();
      }
      return current - start;
    },
    pendingTimers: () => timers.size,
  };
}
