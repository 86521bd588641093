// Seeded PRNG (mulberry32): the same seed gives the same jitter, so a scenario run is reproducible.

export interface SimRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** `base` scaled by a factor uniform in [1 - spread, 1 + spread]. */
  jitter(base: number, spread?: number): number;
  /** Lowercase hex string of `length` characters. */
  hex(length: number): string;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A UUIDv4-shaped string built from the generator. */
  uuid(): string;
}

export function createRandom(seed: number): SimRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number): string => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    jitter: (base, spread = 0.25) => Math.round(base * (1 - spread + 2 * spread * next())),
    hex,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (probability) => next() < probability,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}
