import { describe, expect, it } from 'vitest';
import { parseCapiGroups, parseResourceList } from './parse-discovery';

function group(name: string, versions: string[], preferred = versions[0]) {
  return {
    name,
    versions: versions.map((version) => ({ groupVersion: `${name}/${version}`, version })),
    preferredVersion: { groupVersion: `${name}/${preferred}`, version: preferred },
  };
}

describe('parseCapiGroups', () => {
  it.each([
    { case: 'CAPI v1.14 (v1beta2 and v1beta1)', versions: ['v1beta2', 'v1beta1'], preferred: 'v1beta2', expected: 'v1beta2' },
    { case: 'a server preferring v1beta1 while serving v1beta2', versions: ['v1beta1', 'v1beta2'], preferred: 'v1beta1', expected: 'v1beta2' },
    { case: 'CAPI v1.10 (v1beta1 only)', versions: ['v1beta1'], preferred: 'v1beta1', expected: 'v1beta1' },
    { case: 'an unknown future version only', versions: ['v1'], preferred: 'v1', expected: 'v1' },
  ])('chooses the CAPI version for $case', ({ versions, preferred, expected }) => {
    const groups = parseCapiGroups({ kind: 'APIGroupList', groups: [group('cluster.x-k8s.io', versions, preferred)] });
    expect(groups).toEqual([{ name: 'cluster.x-k8s.io', version: expected, servedVersions: versions }]);
  });

  it('keeps only cluster.x-k8s.io and groups ending in .cluster.x-k8s.io, with their preferred versions', () => {
    const groups = parseCapiGroups({
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [
        group('apps', ['v1']),
        group('cluster.x-k8s.io', ['v1beta2', 'v1beta1']),
        group('infrastructure.cluster.x-k8s.io', ['v1beta2', 'v1beta1']),
        group('bootstrap.cluster.x-k8s.io', ['v1beta2', 'v1beta1']),
        group('controlplane.cluster.x-k8s.io', ['v1beta2', 'v1beta1']),
        group('clusterctl.cluster.x-k8s.io', ['v1alpha3']),
        group('fake-cluster.x-k8s.io', ['v1']),
        group('cluster.x-k8s.io.evil.example', ['v1']),
      ],
    });
    expect(groups.map((entry) => `${entry.name}/${entry.version}`)).toEqual([
      'bootstrap.cluster.x-k8s.io/v1beta2',
      'cluster.x-k8s.io/v1beta2',
      'clusterctl.cluster.x-k8s.io/v1alpha3',
      'controlplane.cluster.x-k8s.io/v1beta2',
      'infrastructure.cluster.x-k8s.io/v1beta2',
    ]);
  });

  it('rejects a body that is not an APIGroupList', () => {
    expect(() => parseCapiGroups({ kind: 'Status', message: 'forbidden' })).toThrow();
  });
});

describe('parseResourceList', () => {
  it('returns top-level resources with plural, kind, scope and verbs, dropping subresources', () => {
    const resources = parseResourceList({
      group: 'infrastructure.cluster.x-k8s.io',
      version: 'v1beta2',
      body: {
        kind: 'APIResourceList',
        groupVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
        resources: [
          { name: 'awsmachines', singularName: 'awsmachine', namespaced: true, kind: 'AWSMachine', verbs: ['get', 'list', 'watch', 'patch'] },
          { name: 'awsmachines/status', singularName: '', namespaced: true, kind: 'AWSMachine', verbs: ['get', 'patch'] },
          { name: 'awsclusterroleidentities', singularName: 'awsclusterroleidentity', namespaced: false, kind: 'AWSClusterRoleIdentity', verbs: ['list', 'watch'] },
        ],
      },
    });
    expect(resources).toEqual([
      { group: 'infrastructure.cluster.x-k8s.io', version: 'v1beta2', apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', plural: 'awsmachines', kind: 'AWSMachine', namespaced: true, verbs: ['get', 'list', 'watch', 'patch'] },
      { group: 'infrastructure.cluster.x-k8s.io', version: 'v1beta2', apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', plural: 'awsclusterroleidentities', kind: 'AWSClusterRoleIdentity', namespaced: false, verbs: ['list', 'watch'] },
    ]);
  });

  it('uses the bare version as apiVersion for the core group', () => {
    const [events] = parseResourceList({ group: '', version: 'v1', body: { resources: [{ name: 'events', kind: 'Event', namespaced: true, verbs: ['list', 'watch'] }] } });
    expect(events?.apiVersion).toBe('v1');
  });
});
