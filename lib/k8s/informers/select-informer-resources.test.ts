import { describe, expect, it } from 'vitest';
import type { DiscoveredApis, DiscoveredResource } from '../discovery/discovered-apis';
import type { K8sObject } from './kube-object';
import { isCapiEvent, selectInformerResources } from './select-informer-resources';

function resource(group: string, kind: string, verbs = ['get', 'list', 'watch']): DiscoveredResource {
  return { group, version: 'v1beta2', apiVersion: `${group}/v1beta2`, plural: `${kind.toLowerCase()}s`, kind, namespaced: true, verbs };
}

const discovered: DiscoveredApis = {
  capiVersion: 'v1beta2',
  capiServedVersions: ['v1beta2', 'v1beta1'],
  groups: [],
  resources: [
    resource('cluster.x-k8s.io', 'Cluster'),
    resource('cluster.x-k8s.io', 'Machine'),
    resource('infrastructure.cluster.x-k8s.io', 'AWSMachine'),
    resource('controlplane.cluster.x-k8s.io', 'KubeadmControlPlane'),
    resource('clusterctl.cluster.x-k8s.io', 'Provider'),
    resource('infrastructure.cluster.x-k8s.io', 'AWSNoWatch', ['get', 'list']),
  ],
  discoveredAt: '2026-01-01T00:00:00.000Z',
};

describe('selectInformerResources', () => {
  it('selects every watchable CAPI-family kind plus core Events', () => {
    expect(selectInformerResources({ discovered }).map((entry) => `${entry.kind}.${entry.group}`)).toEqual([
      'Cluster.cluster.x-k8s.io',
      'Machine.cluster.x-k8s.io',
      'AWSMachine.infrastructure.cluster.x-k8s.io',
      'KubeadmControlPlane.controlplane.cluster.x-k8s.io',
      'Provider.clusterctl.cluster.x-k8s.io',
      'Event.',
    ]);
  });

  it('narrows to the requested kinds', () => {
    expect(selectInformerResources({ discovered, kinds: ['Machine', 'Event'] }).map((entry) => entry.kind)).toEqual(['Machine', 'Event']);
  });
});

describe('isCapiEvent', () => {
  const event = (apiVersion: string | undefined): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'e', namespace: 'ns', uid: 'u', resourceVersion: '1' },
    involvedObject: apiVersion === undefined ? {} : { apiVersion, kind: 'X', name: 'x' },
  });

  it.each([
    { apiVersion: 'cluster.x-k8s.io/v1beta2', expected: true },
    { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', expected: true },
    { apiVersion: 'controlplane.cluster.x-k8s.io/v1beta1', expected: true },
    { apiVersion: 'v1', expected: false },
    { apiVersion: 'apps/v1', expected: false },
    { apiVersion: undefined, expected: false },
  ])('keeps an event about $apiVersion: $expected', ({ apiVersion, expected }) => {
    expect(isCapiEvent(event(apiVersion))).toBe(expected);
  });
});
