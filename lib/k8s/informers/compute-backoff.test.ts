import { describe, expect, it } from 'vitest';
import { computeBackoffMs } from './compute-backoff';

describe('computeBackoffMs', () => {
  it.each([
    { attempt: 1, random: 0, expected: 1_000 },
    { attempt: 1, random: 0.999_999, expected: 1_000 },
    { attempt: 2, random: 0, expected: 1_000 },
    { attempt: 2, random: 0.999_999, expected: 2_000 },
    { attempt: 3, random: 0, expected: 2_000 },
    { attempt: 3, random: 0.5, expected: 3_000 },
    { attempt: 5, random: 0.999_999, expected: 16_000 },
    { attempt: 6, random: 0, expected: 15_000 },
    { attempt: 6, random: 0.999_999, expected: 30_000 },
    { attempt: 50, random: 0, expected: 15_000 },
    { attempt: 50, random: 0.999_999, expected: 30_000 },
  ])('waits $expected ms after failure $attempt when the jitter draws $random', ({ attempt, random, expected }) => {
    expect(computeBackoffMs({ attempt, random: () => random })).toBe(expected);
  });

  it('always stays between 1 s and 30 s', () => {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      for (const draw of [0, 0.25, 0.5, 0.75, 0.999]) {
        const delay = computeBackoffMs({ attempt, random: () => draw });
        expect(delay).toBeGreaterThanOrEqual(1_000);
        expect(delay).toBeLessThanOrEqual(30_000);
      }
    }
  });

  it('spreads retries of the same attempt across a range', () => {
    const delays = new Set([0, 0.2, 0.4, 0.6, 0.8].map((draw) => computeBackoffMs({ attempt: 4, random: () => draw })));
    expect(delays.size).toBe(5);
  });
});
