import { describe, expect, it } from 'vitest';
import { createVirtualClock } from './create-virtual-clock';

describe('createVirtualClock', () => {
  it('fires due timers in order of due time and creation when advanced', () => {
    const clock = createVirtualClock({ start: new Date('2026-01-01T00:00:00Z') });
    const fired: string[] = [];
    clock.setTimer(200, () => fired.push('b'));
    clock.setTimer(100, () => fired.push('a'));
    clock.setTimer(200, () => fired.push('c'));
    clock.setTimer(500, () => fired.push('late'));
    clock.advance(300);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.300Z');
  });

  it('fires timers scheduled by other timers within the same advance', () => {
    const clock = createVirtualClock();
    const times: number[] = [];
    const start = clock.now().getTime();
    clock.setTimer(10, () => {
      times.push(clock.now().getTime() - start);
      clock.setTimer(10, () => times.push(clock.now().getTime() - start));
    });
    clock.advance(25);
    expect(times).toEqual([10, 20]);
  });

  it('does not fire a cleared timer', () => {
    const clock = createVirtualClock();
    let fired = false;
    const handle = clock.setTimer(5, () => (fired = true));
    clock.clearTimer(handle);
    clock.advance(10);
    expect(fired).toBe(false);
  });

  it('runs until idle but stops at maxMs for timers that keep rescheduling', () => {
    const clock = createVirtualClock();
    let count = 0;
    const tick = (): void => {
      count++;
      clock.setTimer(1000, tick);
    };
    clock.setTimer(1000, tick);
    expect(clock.runUntilIdle({ maxMs: 10_500 })).toBe(10_000);
    expect(count).toBe(10);
  });
});
