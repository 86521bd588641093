// Every Cluster the demo scenario seeds must pass the Cluster webhook, or a later update (a scale
// or upgrade request applied by Quarterdeck) would be refused for values nobody changed.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../core/kube-object';
import { buildDemoScenario } from '../../scenarios/build-demo-scenario';
import { findCapiDir } from '../../scenarios/find-capi-dir';
import { validateClusterTopology } from './validate-cluster-topology';

const scenario = buildDemoScenario({ seed: 42, now: new Date('2026-11-21T10:00:00Z'), capiDir: findCapiDir() });

describe('the Cluster webhook on the demo scenario', () => {
  it.each(scenario.managementClusters.map((mc) => [mc.name, mc] as const))('accepts every topology Cluster seeded on %s', (_name, mc) => {
    const objects = [...mc.objects()] as unknown as KubeObject[];
    const classes = objects.filter((o) => o.kind === 'ClusterClass');
    const clusters = objects.filter((o) => o.kind === 'Cluster' && (o.spec as { topology?: unknown } | undefined)?.topology);
    expect(clusters.length).toBeGreaterThan(0);
    const getClass = (namespace: string, name: string) => classes.find((c) => c.metadata.namespace === namespace && c.metadata.name === name);
    const problems = clusters.flatMap((cluster) => {
      const verdict = validateClusterTopology({ cluster, getClass });
      return [...verdict.causes.map((cause) => `${cause.field}: ${cause.message}`), ...verdict.warnings].map((text) => `${cluster.metadata.namespace}/${cluster.metadata.name} ${text}`);
    });
    expect(problems).toEqual([]);
  });
});
