import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random';

describe('createRandom', () => {
  it('produces the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('produces different sequences for different seeds', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('keeps jitter within the requested spread', () => {
    const random = createRandom(7);
    for (let i = 0; i < 200; i++) {
      const value = random.jitter(1000, 0.25);
      expect(value).toBeGreaterThanOrEqual(750);
      expect(value).toBeLessThanOrEqual(1250);
    }
  });

  it('returns integers within bounds and hex strings of the given length', () => {
    const random = createRandom(3);
    const ints = Array.from({ length: 100 }, () => random.int(2, 4));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4]));
    expect(random.hex(10)).toMatch(/^[0-9a-f]{10}$/);
  });
});
