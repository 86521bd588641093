import type { SimClock, TimerHandle } from './sim-clock';

export interface RealClockOptions {
  /** How many simulated milliseconds pass per real millisecond (durations only). */
  speed?: number;
}

// Timestamps stay wall-clock so that objects look like they came from a real API server; only
// the waits are shortened, which is what makes a 5-minute provisioning take seconds in a demo.
export function createRealClock(options: RealClockOptions = {}): SimClock {
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new Error(`clock speed must be positive, got ${speed}`);
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 1;
  return {
    now: () => new Date(),
    setTimer(ms, fn) {
      const id = nextId++;
      const timeout = setTimeout(() => {
        timers.delete(id);
        fn();
      }, Math.max(0, ms / speed));
      timeout.unref?.();
      timers.set(id, timeout);
      return { id };
    },
    clearTimer(handle: TimerHandle) {
      const timeout = timers.get(handle.id);
      if (timeout !== undefined) clearTimeout(timeout);
      timers.delete(handle.id);
    },
  };
}
