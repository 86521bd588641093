import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from '../schema/admit-object';
import { schemaFor } from '../schema/test-fixtures';
import { convertObject } from './convert-object';

const T = '2026-11-21T10:00:00Z';
const meta = (name: string) => ({ name, namespace: 'ns1', uid: `uid-${name}`, resourceVersion: '9', creationTimestamp: T });
const condition = { type: 'Available', status: 'True', reason: 'Available', message: '', lastTransitionTime: T };
const legacy = { type: 'Ready', status: 'True', lastTransitionTime: T };
const infraRef = { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DockerMachineTemplate', name: 't' };

function check(object: KubeObject): KubeObject {
  const result = admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict' });
  expect(result.causes).toEqual([]);
  expect(result.unknownFields).toEqual([]);
  return object;
}

const hubs: KubeObject[] = [
  {
    apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2',
    kind: 'KubeadmControlPlane',
    metadata: meta('cp'),
    spec: { version: 'v1.34.0', replicas: 3, machineTemplate: { spec: { infrastructureRef: infraRef, deletion: { nodeDrainTimeoutSeconds: 60 } } } },
    status: {
      version: 'v1.34.0', replicas: 3, readyReplicas: 3, availableReplicas: 3, upToDateReplicas: 2, conditions: [condition],
      initialization: { controlPlaneInitialized: true },
      lastRemediation: { machine: 'm0', retryCount: 1, time: T },
      deprecated: { v1beta1: { conditions: [legacy], readyReplicas: 3, updatedReplicas: 2, unavailableReplicas: 0 } },
    },
  },
  {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachineSet',
    metadata: meta('ms'),
    spec: { clusterName: 'c1', replicas: 2, selector: { matchLabels: { a: 'b' } }, deletion: { order: 'Oldest' },
      template: { metadata: { labels: { a: 'b' } }, spec: { clusterName: 'c1', bootstrap: { dataSecretName: 's' }, infrastructureRef: { ...infraRef, kind: 'DockerMachine' }, minReadySeconds: 10 } } },
    status: { replicas: 2, readyReplicas: 2, availableReplicas: 1, upToDateReplicas: 2, conditions: [condition],
      deprecated: { v1beta1: { readyReplicas: 2, availableReplicas: 2, fullyLabeledReplicas: 2, failureReason: 'InsufficientResources' } } },
  },
  {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachinePool',
    metadata: meta('mp'),
    spec: { clusterName: 'c1', replicas: 2, template: { spec: { clusterName: 'c1', bootstrap: { dataSecretName: 's' }, infrastructureRef: { ...infraRef, kind: 'DockerMachinePool' } } } },
    status: { phase: 'Running', replicas: 2, readyReplicas: 2, initialization: { bootstrapDataSecretCreated: true, infrastructureProvisioned: true },
      deprecated: { v1beta1: { readyReplicas: 1, unavailableReplicas: 1 } } },
  },
  {
    apiVersion: 'bootstrap.cluster.x-k8s.io/v1beta2',
    kind: 'KubeadmConfig',
    metadata: meta('kc'),
    spec: { joinConfiguration: { nodeRegistration: { kubeletExtraArgs: [{ name: 'a', value: '1' }, { name: 'b', value: '2' }] } } },
    status: { dataSecretName: 'kc-data', initialization: { dataSecretCreated: true }, conditions: [condition] },
  },
];

const expectations: Record<string, [string, unknown][]> = {
  KubeadmControlPlane: [
    ['status.initialized', true],
    ['status.readyReplicas', 3],
    ['status.updatedReplicas', 2],
    ['status.v1beta2.upToDateReplicas', 2],
    ['status.version', 'v1.34.0'],
    ['status.lastRemediation.timestamp', T],
    ['spec.machineTemplate.infrastructureRef.apiVersion', 'infrastructure.cluster.x-k8s.io/v1beta2'],
    ['spec.machineTemplate.nodeDrainTimeout', '1m0s'],
  ],
  MachineSet: [
    ['spec.deletePolicy', 'Oldest'],
    ['spec.minReadySeconds', 10],
    ['status.fullyLabeledReplicas', 2],
    ['status.failureReason', 'InsufficientResources'],
    ['status.v1beta2.availableReplicas', 1],
  ],
  MachinePool: [
    ['status.bootstrapReady', true],
    ['status.unavailableReplicas', 1],
    ['status.v1beta2.readyReplicas', 2],
  ],
  KubeadmConfig: [
    ['status.ready', true],
    ['spec.joinConfiguration.nodeRegistration.kubeletExtraArgs', { a: '1', b: '2' }],
    ['status.v1beta2.conditions', [condition]],
  ],
};

function at(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), object);
}

describe('convertObject for status-heavy kinds', () => {
  it.each(hubs.map((h) => [h.kind, h] as const))('converts a %s with status down, validly and reversibly', (kind, hub) => {
    check(hub);
    const spoke = check(convertObject(hub, hub.apiVersion.replace('/v1beta2', '/v1beta1')));
    for (const [path, expected] of expectations[kind] ?? []) expect({ path, value: at(spoke, path) }).toEqual({ path, value: expected });
    expect(convertObject(spoke, hub.apiVersion)).toEqual(hub);
  });
});
