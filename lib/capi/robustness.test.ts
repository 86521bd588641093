import { describe, expect, it } from 'vitest';
import { clusterFailures } from './__fixtures__/failure-modes-cluster';
import { infrastructureFailures } from './__fixtures__/failure-modes-infrastructure';
import { type RawObject } from './__fixtures__/make-objects';
import { buildClusterGraph, detectStuck, findRootCause, normalizeObjects, summarizeManagementCluster } from './index';

/** mulberry32: a tiny seeded PRNG so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GARBAGE: unknown[] = [null, 42, -1, 'x', true, [], {}, [1, 'a'], { type: 7 }, '2026-13-45T99:00:00Z'];

/** Replaces random nested values (never the whole object) with values of the wrong type. */
function corrupt(value: unknown, random: () => number, depth = 0): unknown {
  if (depth > 0 && random() < 0.08) return GARBAGE[Math.floor(random() * GARBAGE.length)];
  if (Array.isArray(value)) return value.map((item) => corrupt(item, random, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, corrupt(item, random, depth + 1)]));
  }
  return value;
}

const scenarios = [infrastructureFailures.awsInsufficientCapacity, clusterFailures.drainBlockedByPdb, clusterFailures.remediationStorm, clusterFailures.stuckDeletion];

describe('robustness against malformed objects', () => {
  it.each(Array.from({ length: 12 }, (_v, i) => i + 1))('never throws on corrupted fixtures (seed %i)', (seed) => {
    const random = prng(seed);
    const scenario = scenarios[seed % scenarios.length];
    if (!scenario) throw new Error('scenario');
    const raw = scenario(seed % 2 === 0 ? 'v1beta2' : 'v1beta1').map((o: RawObject) => corrupt(o, random));
    const objects = normalizeObjects(raw);
    expect(objects.some((o) => o.parseWarnings.length > 0)).toBe(true);
    const now = new Date('2026-11-21T10:00:00Z');
    expect(() => summarizeManagementCluster({ objects, managementCluster: 'm', now })).not.toThrow();
    expect(() => buildClusterGraph({ objects, options: { grouping: true, echo: false, apiMode: 'v1beta2' } })).not.toThrow();
    expect(() => findRootCause({ objects })).not.toThrow();
    expect(() => detectStuck({ objects, now })).not.toThrow();
  });
});
