import { describe, expect, it } from 'vitest';
import { loadResourceTypes } from './load-resource-types';

describe('loadResourceTypes', () => {
  const catalog = loadResourceTypes();

  it('serves Machines in v1beta1 and v1beta2 with v1beta2 as storage', () => {
    const machines = catalog.byGroupPlural('cluster.x-k8s.io', 'machines');
    expect(machines?.kind).toBe('Machine');
    expect(machines?.storageVersion).toBe('v1beta2');
    expect(machines?.versions.filter((v) => v.served).map((v) => v.name).sort()).toEqual(['v1beta1', 'v1beta2']);
    expect(machines?.versions.find((v) => v.name === 'v1beta2')?.schema).toBeDefined();
  });

  it('reads the scale subresource and printer columns of MachineDeployments', () => {
    const md = catalog.byGroupKind('cluster.x-k8s.io', 'MachineDeployment');
    const v1beta2 = md?.versions.find((v) => v.name === 'v1beta2');
    expect(v1beta2?.subresources.scale).toEqual({ specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.status.selector' });
    expect(v1beta2?.printerColumns.map((c) => c.name)).toContain('Cluster');
    expect(catalog.byShortName('md').map((t) => t.resource)).toEqual(['machinedeployments']);
  });

  it('includes the built-in core types', () => {
    expect(catalog.byGroupPlural('', 'namespaces')?.namespaced).toBe(false);
    expect(catalog.storageResource(catalog.byGroupPlural('events.k8s.io', 'events')!)).toEqual({ group: '', resource: 'events' });
    expect(catalog.byGroupPlural('apiextensions.k8s.io', 'customresourcedefinitions')).toBeDefined();
  });

  it('serves only v1beta1 for the CAPI groups when imitating Cluster API v1.10', () => {
    const old = loadResourceTypes({ capiApi: 'v1beta1-only' });
    const clusters = old.byGroupPlural('cluster.x-k8s.io', 'clusters');
    expect(clusters?.versions.filter((v) => v.served).map((v) => v.name)).toEqual(['v1beta1']);
    expect(clusters?.storageVersion).toBe('v1beta2');
    const crd = old.crdObjects.find((c) => c.metadata.name === 'clusters.cluster.x-k8s.io') as { spec: { versions: { name: string }[] } } | undefined;
    expect(crd?.spec.versions.map((v) => v.name)).toEqual(['v1beta1']);
    expect(old.groups().find((g) => g.group === 'cluster.x-k8s.io')?.versions).toEqual(['v1beta1']);
  });
});
