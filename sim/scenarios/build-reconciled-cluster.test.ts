import { describe, expect, it } from 'vitest';
import { buildReconciledCluster } from './build-reconciled-cluster';
import { createScenarioRandom } from './create-random';
import { findCapiDir } from './find-capi-dir';
import { INFRA_PROVIDERS, type InfraProviderId } from './infra-providers';
import { loadClusterClass, type ClassName } from './load-cluster-classes';
import { resolveClassTemplates } from './resolve-class-templates';
import { findSchemaViolations } from './test-support/expect-valid-objects';
import type { SeedObject } from './types';

const cases: Array<[ClassName, InfraProviderId, string]> = [
  ['quick-start', 'docker', 'default-worker'],
  ['aws-standard', 'aws', 'general-purpose'],
  ['azure-standard', 'azure', 'general'],
  ['vsphere-standard', 'vsphere', 'worker'],
];

function build(className: ClassName, provider: InfraProviderId, workerClass: string, topology = true): SeedObject[] {
  return [...buildReconciledCluster({
    random: createScenarioRandom(7), provider: INFRA_PROVIDERS[provider], templates: resolveClassTemplates(loadClusterClass({ name: className, capiDir: findCapiDir() })),
    name: 'orders-prod', namespace: 'team-payments', region: 'eu-west-1', createdAt: new Date('2026-06-01T10:00:00Z'), version: 'v1.34.2',
    controlPlaneReplicas: 3, machineDeployments: [{ name: 'md-0', class: workerClass, replicas: 2 }, { name: 'md-1', class: workerClass, replicas: 1, version: 'v1.33.5' }],
    topology, classNamespace: 'quarterdeck-classes', ipPrefix: '10.1',
  })];
}

describe('buildReconciledCluster', () => {
  it.each(cases)('builds a %s cluster whose objects validate against the real CRDs', (className, provider, workerClass) => {
    expect(findSchemaViolations(build(className, provider, workerClass))).toEqual([]);
  });

  it('builds the full object graph with resolvable owner references', () => {
    const objects = build('aws-standard', 'aws', 'general-purpose');
    const count = (kind: string): number => objects.filter((o) => o.kind === kind).length;
    expect([count('Cluster'), count('AWSCluster'), count('KubeadmControlPlane'), count('MachineDeployment'), count('MachineSet')]).toEqual([1, 1, 1, 2, 2]);
    expect([count('Machine'), count('AWSMachine'), count('KubeadmConfig')]).toEqual([6, 6, 6]);
    expect(count('MachineHealthCheck')).toBe(3);
    const uids = new Set(objects.map((o) => o.metadata.uid));
    for (const object of objects) {
      for (const ref of object.metadata.ownerReferences ?? []) expect(uids.has(ref.uid), `${object.kind} ${object.metadata.name} -> ${ref.kind}`).toBe(true);
    }
    const ownersFirst = objects.findIndex((o) => o.kind === 'Cluster') < objects.findIndex((o) => o.kind === 'Machine');
    expect(ownersFirst).toBe(true);
  });

  it('records a deferred worker upgrade as a version skew in the Cluster status', () => {
    const cluster = build('quick-start', 'docker', 'default-worker').find((o) => o.kind === 'Cluster');
    expect(JSON.stringify(cluster?.status)).toContain('"version":"v1.33.5","replicas":1');
  });

  it('is deterministic for the same seed', () => {
    expect(build('vsphere-standard', 'vsphere', 'worker')).toEqual(build('vsphere-standard', 'vsphere', 'worker'));
  });

  it('builds classic clusters without spec.topology', () => {
    const objects = build('aws-standard', 'aws', 'general-purpose', false);
    expect(objects.find((o) => o.kind === 'Cluster')?.spec).not.toHaveProperty('topology');
    expect(findSchemaViolations(objects)).toEqual([]);
  });
});
