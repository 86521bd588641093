import { describe, expect, it } from 'vitest';
import { createRealClock } from './create-real-clock';

describe('createRealClock', () => {
  it('reports wall-clock time', () => {
    const before = Date.now();
    const now = createRealClock({ speed: 100 }).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('divides timer durations by the speed', async () => {
    const clock = createRealClock({ speed: 1000 });
    const started = Date.now();
    // 60 simulated seconds at speed 1000 take about 60 real milliseconds.
    await new Promise<void>((resolve) => clock.setTimer(60_000, resolve));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects a non-positive speed', () => {
    expect(() => createRealClock({ speed: 0 })).toThrow(/positive/);
  });
});
