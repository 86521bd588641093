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

describe('the aws-standard class of the demo scenario', () => {
  const mc = scenario.managementClusters.find((m) => m.name === 'mgmt-eu-west');
  const objects = [...(mc?.objects() ?? [])] as unknown as KubeObject[];
  const getClass = (namespace: string, name: string) => objects.find((c) => c.kind === 'ClusterClass' && c.metadata.namespace === namespace && c.metadata.name === name);
  const cluster = objects.find((o) => o.kind === 'Cluster' && JSON.stringify(o.spec).includes('"aws-standard"'));

  it('refuses additionalTags keys with the aws: prefix through the variable CEL rule', () => {
    expect(cluster).toBeDefined();
    const broken = structuredClone(cluster as KubeObject);
    const topology = (broken.spec as { topology: { variables: { name: string; value: unknown }[] } }).topology;
    topology.variables = [...topology.variables.filter((v) => v.name !== 'additionalTags'), { name: 'additionalTags', value: { 'aws:owner': 'payments' } }];
    const verdict = validateClusterTopology({ cluster: broken, getClass });
    expect(verdict.causes.map((cause) => [cause.field, cause.message])).toEqual([
      ['spec.topology.variables[additionalTags].value', expect.stringContaining('tag keys starting with aws: are reserved by AWS')],
    ]);
  });
});
