import { describe, expect, it } from 'vitest';
import { buildScaleScenario } from './build-scale-scenario';
import { findCapiDir } from './find-capi-dir';
import { findSchemaViolations } from './test-support/expect-valid-objects';

const now = new Date('2026-11-21T10:00:00Z');
const small = buildScaleScenario({ seed: 1, now, capiDir: findCapiDir(), scale: { managementClusters: 2, clustersPerMc: 6, machinesPerCluster: 10 } });

describe('buildScaleScenario', () => {
  it('creates the requested number of clusters and machines per management cluster', () => {
    expect(small.managementClusters.map((mc) => mc.name)).toEqual(['mgmt-scale-1', 'mgmt-scale-2']);
    for (const mc of small.managementClusters) {
      const objects = [...mc.objects()];
      expect(objects.filter((o) => o.kind === 'Cluster')).toHaveLength(6);
      expect(objects.filter((o) => o.kind === 'Machine')).toHaveLength(60);
      expect(objects.filter((o) => o.kind === 'Secret')).toHaveLength(6 * 2 + 60);
      expect(objects.length).toBe(mc.objectCount);
    }
  });

  it('streams the same objects on every call (deterministic from the seed)', () => {
    const mc = small.managementClusters[1];
    expect(JSON.stringify([...(mc?.objects() ?? [])])).toBe(JSON.stringify([...(mc?.objects() ?? [])]));
  });

  it('produces objects that validate against the real CRDs', () => {
    expect(findSchemaViolations(small.managementClusters.flatMap((mc) => [...mc.objects()]))).toEqual([]);
  }, 60_000);

  it('defaults to 5 x 2,000 x 10 = 100,000 Machines', () => {
    const full = buildScaleScenario({ seed: 1, now, capiDir: findCapiDir() });
    const first = full.managementClusters[0];
    let machines = 0;
    for (const object of first?.objects() ?? []) if (object.kind === 'Machine') machines++;
    expect(machines * full.managementClusters.length).toBe(100_000);
  }, 60_000);
});
