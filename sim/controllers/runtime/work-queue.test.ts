import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../clock/create-virtual-clock';
import { WorkQueue } from './work-queue';

describe('WorkQueue', () => {
  it('reconciles a key enqueued several times in one tick only once', () => {
    const clock = createVirtualClock();
    const seen: string[] = [];
    const queue = new WorkQueue(clock, (key) => seen.push(key));
    queue.add('a');
    queue.add('b');
    queue.add('a');
    expect(seen).toEqual([]);
    clock.advance(0);
    expect(seen).toEqual(['a', 'b']);
  });

  it('processes a large backlog in bounded batches, one timer per batch', () => {
    const timers: (() => void)[] = [];
    const clock = { now: () => new Date(0), setTimer: (_ms: number, fn: () => void) => ({ id: timers.push(fn) }), clearTimer: () => undefined };
    let processed = 0;
    const queue = new WorkQueue(clock, () => processed++, 10);
    for (let i = 0; i < 25; i++) queue.add(`k${i}`);
    const counts: number[] = [];
    for (let fn = timers.shift(); fn; fn = timers.shift()) {
      fn();
      counts.push(processed);
    }
    expect(counts).toEqual([10, 20, 25]);
  });

  it('keeps only the earliest delayed enqueue per key', () => {
    const clock = createVirtualClock();
    const seen: number[] = [];
    const start = clock.now().getTime();
    const queue = new WorkQueue(clock, () => seen.push(clock.now().getTime() - start));
    queue.addAfter('a', 5_000);
    queue.addAfter('a', 9_000);
    queue.addAfter('a', 2_000);
    clock.advance(10_000);
    expect(seen).toEqual([2_000, 5_000]);
  });

  it('stops reconciling after stop()', () => {
    const clock = createVirtualClock();
    const seen: string[] = [];
    const queue = new WorkQueue(clock, (key) => seen.push(key));
    queue.add('a');
    queue.addAfter('b', 1_000);
    queue.stop();
    clock.advance(2_000);
    expect(seen).toEqual([]);
  });
});
