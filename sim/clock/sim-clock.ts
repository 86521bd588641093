// The simulator's notion of time. Controllers never call Date.now() or setTimeout directly, so tests
// can drive them with a virtual clock and demos can run faster than real time.

export interface TimerHandle {
  readonly id: number;
}

export interface SimClock {
  /** Current time, used for timestamps written into objects. */
  now(): Date;
  /** Runs `fn` once after `ms` simulated milliseconds. */
  setTimer(ms: number, fn: () => void): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}
