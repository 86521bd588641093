import { describe, expect, it } from 'vitest';
import { FAULT_ANNOTATION } from '../core/fault-names';
import { buildDemoScenario } from './build-demo-scenario';
import { findCapiDir } from './find-capi-dir';
import { findSchemaViolations } from './test-support/expect-valid-objects';
import type { Scenario, SeedObject } from './types';

const now = new Date('2026-11-21T10:00:00Z');
const build = (seed: number): Scenario => buildDemoScenario({ seed, now, capiDir: findCapiDir() });
const scenario = build(42);
const all = scenario.managementClusters.flatMap((mc) => [...mc.objects()].map((object) => ({ mc: mc.name, object })));
const clusters = all.filter(({ object }) => object.kind === 'Cluster');
const topologyOf = (o: SeedObject) => (o.spec as { topology?: { version: string; classRef: { name: string; namespace: string } } }).topology;
const kcpOf = (mc: string, cluster: SeedObject) =>
  all.find((o) => o.mc === mc && o.object.kind === 'KubeadmControlPlane' && o.object.metadata.namespace === cluster.metadata.namespace && o.object.metadata.labels?.['cluster.x-k8s.io/cluster-name'] === cluster.metadata.name)?.object;
const versionOf = (mc: string, cluster: SeedObject) => topologyOf(cluster)?.version ?? (kcpOf(mc, cluster)?.spec as { version: string }).version;

describe('buildDemoScenario', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(build(42).managementClusters.map((mc) => [...mc.objects()]))).toBe(JSON.stringify(scenario.managementClusters.map((mc) => [...mc.objects()])));
    const names = (s: Scenario) => s.managementClusters.flatMap((mc) => [...mc.objects()].filter((o) => o.kind === 'Cluster').map((o) => o.metadata.name));
    expect(names(build(7))).not.toEqual(names(scenario));
  });

  it('has three management clusters in different regions, one of them serving v1beta1 only', () => {
    expect(scenario.managementClusters.map((mc) => [mc.name, mc.capiApi, mc.labels.environment])).toEqual([
      ['mgmt-eu-west', 'v1beta2', 'production'], ['mgmt-us-east', 'v1beta2', 'production'], ['mgmt-ap-south', 'v1beta1-only', 'staging'],
    ]);
    expect(new Set(scenario.managementClusters.map((mc) => mc.labels.region)).size).toBe(3);
  });

  it('installs the clusterctl provider inventory with matching versions', () => {
    const providers = all.filter(({ object }) => object.kind === 'Provider');
    const core = (mc: string) => providers.find((p) => p.mc === mc && p.object.type === 'CoreProvider')?.object.version;
    expect([core('mgmt-eu-west'), core('mgmt-us-east'), core('mgmt-ap-south')]).toEqual(['v1.14.0', 'v1.14.0', 'v1.10.7']);
    expect(new Set(providers.map((p) => p.object.metadata.namespace))).toEqual(new Set(['capi-system', 'capi-kubeadm-bootstrap-system', 'capi-kubeadm-control-plane-system', 'capa-system', 'capz-system', 'capv-system', 'capd-system']));
  });

  it('spreads about 40 clusters over the management clusters, five teams and Kubernetes v1.30 to v1.35', () => {
    expect(clusters).toHaveLength(40);
    expect(new Set(clusters.map((c) => c.mc)).size).toBe(3);
    expect(new Set(clusters.map((c) => c.object.metadata.namespace))).toEqual(new Set(['team-payments', 'team-search', 'team-data', 'team-ml', 'team-web']));
    const minors = new Set(clusters.map((c) => versionOf(c.mc, c.object).split('.')[1]));
    expect(minors).toEqual(new Set(['30', '31', '32', '33', '34', '35']));
    expect(new Set(clusters.map((c) => topologyOf(c.object)?.classRef.name))).toEqual(new Set(['quick-start', 'aws-standard', 'azure-standard', 'vsphere-standard', undefined]));
    expect(clusters.filter((c) => topologyOf(c.object)).length).toBeGreaterThanOrEqual(35);
  });

  it('marks at least six clusters with different faults', () => {
    const faults = clusters.map((c) => c.object.metadata.annotations?.[FAULT_ANNOTATION]).filter(Boolean);
    expect(new Set(faults).size).toBeGreaterThanOrEqual(6);
  });

  it('has an upgrade in progress, deletions, a kubelet skew violation and health checks', () => {
    const upgrading = clusters.filter(({ mc, object }) => {
      const kcp = kcpOf(mc, object);
      return kcp && topologyOf(object) && (kcp.spec as { version: string }).version !== topologyOf(object)?.version;
    });
    expect(upgrading.length).toBeGreaterThanOrEqual(1);
    expect(scenario.managementClusters.flatMap((mc) => mc.afterSeed).filter((a) => a.action === 'delete' && a.kind === 'Cluster')).toHaveLength(2);
    const skew = clusters.filter(({ object }) => {
      const status = object.status as { controlPlane?: { versions: Array<{ version: string }> }; workers?: { versions: Array<{ version: string }> } } | undefined;
      const minor = (v?: string) => Number(v?.split('.')[1]);
      return minor(status?.controlPlane?.versions[0]?.version) - minor(status?.workers?.versions[0]?.version) > 3;
    });
    expect(skew).toHaveLength(1);
    expect(all.filter(({ object }) => object.kind === 'MachineHealthCheck').length).toBeGreaterThan(20);
  });

  it('pre-creates running clusters with backdated history and leaves new ones to the controllers', () => {
    const seeded = clusters.filter(({ object }) => object.metadata.creationTimestamp);
    const live = clusters.filter(({ object }) => !object.metadata.creationTimestamp);
    expect(seeded.length).toBeGreaterThan(25);
    expect(live.length).toBeGreaterThanOrEqual(8);
    for (const { object } of seeded) expect(Date.parse(object.metadata.creationTimestamp ?? '')).toBeLessThan(now.getTime() - 6 * 86_400_000);
  });

  it('generates only objects that validate against the real CRDs', () => {
    expect(findSchemaViolations(all.map((a) => a.object))).toEqual([]);
  }, 60_000);
});
