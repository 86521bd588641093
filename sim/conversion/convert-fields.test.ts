import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from '../schema/admit-object';
import { schemaFor } from '../schema/test-fixtures';
import { CONVERSION_DATA_ANNOTATION } from './conversion-data';
import { convertObject } from './convert-object';

const CORE_V1BETA1 = 'cluster.x-k8s.io/v1beta1';
const T = '2026-11-21T10:00:00Z';
const meta = (name: string) => ({ name, namespace: 'ns1', uid: `uid-${name}`, resourceVersion: '7', creationTimestamp: T, labels: { team: 'a' } });

function validHub(object: KubeObject): KubeObject {
  const result = admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict' });
  expect(result.causes).toEqual([]);
  expect(result.unknownFields).toEqual([]);
  return object;
}

function down(hub: KubeObject): Record<string, unknown> {
  const spoke = convertObject(hub, hub.apiVersion.replace('/v1beta2', '/v1beta1'));
  const result = admitObject({ schema: schemaFor(spoke.apiVersion, spoke.kind), object: spoke, fieldValidation: 'Strict' });
  expect(result.causes).toEqual([]);
  expect(result.unknownFields).toEqual([]);
  expect(convertObject(spoke, hub.apiVersion)).toEqual(hub);
  return spoke;
}

const v1beta2Condition = { type: 'Available', status: 'True', reason: 'Available', message: '', lastTransitionTime: T, observedGeneration: 2 };
const v1beta1Condition = { type: 'Ready', status: 'False', severity: 'Warning', reason: 'WaitingForNode', lastTransitionTime: T };

const cluster: KubeObject = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: { ...meta('c1'), annotations: { note: 'x' }, ownerReferences: [{ apiVersion: 'v1', kind: 'Namespace', name: 'ns1', uid: 'n' }] },
  spec: {
    controlPlaneRef: { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: 'c1-cp' },
    infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DockerCluster', name: 'c1-infra' },
    topology: {
      classRef: { name: 'quick-start', namespace: 'classes' },
      version: 'v1.34.0',
      controlPlane: { replicas: 3, deletion: { nodeDrainTimeoutSeconds: 300 } },
      workers: { machineDeployments: [{ class: 'default-worker', name: 'md-0', replicas: 2, variables: { overrides: [{ name: 'v', value: 1 }] } }] },
      variables: [{ name: 'imageRepository', value: 'registry.k8s.io' }],
    },
  },
  status: {
    phase: 'Provisioned',
    conditions: [v1beta2Condition],
    initialization: { infrastructureProvisioned: true, controlPlaneInitialized: true },
    controlPlane: { desiredReplicas: 3, replicas: 3, readyReplicas: 2, availableReplicas: 2, upToDateReplicas: 3 },
    failureDomains: [{ name: 'fd1', controlPlane: true }],
    deprecated: { v1beta1: { conditions: [v1beta1Condition], failureReason: 'CreateError', failureMessage: 'boom' } },
  },
};

const machine: KubeObject = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Machine',
  metadata: meta('m1'),
  spec: {
    clusterName: 'c1',
    version: 'v1.34.0',
    bootstrap: { configRef: { apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'KubeadmConfig', name: 'm1-boot' } },
    infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DockerMachine', name: 'm1-infra' },
    deletion: { nodeDrainTimeoutSeconds: 90 },
  },
  status: {
    phase: 'Running',
    nodeRef: { name: 'node-1' },
    nodeInfo: { kubeletVersion: 'v1.34.0', osImage: 'Ubuntu', architecture: 'amd64', bootID: 'b', containerRuntimeVersion: 'c', kernelVersion: 'k', kubeProxyVersion: 'v1.34.0', machineID: 'm', operatingSystem: 'linux', systemUUID: 's' },
    initialization: { bootstrapDataSecretCreated: true, infrastructureProvisioned: true },
    conditions: [v1beta2Condition],
  },
};

const machineDeployment: KubeObject = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'MachineDeployment',
  metadata: meta('md1'),
  spec: {
    clusterName: 'c1',
    replicas: 3,
    selector: { matchLabels: { a: 'b' } },
    template: { metadata: { labels: { a: 'b' } }, spec: { clusterName: 'c1', bootstrap: { dataSecretName: 's' }, infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DockerMachineTemplate', name: 't' } } },
  },
  status: { replicas: 3, readyReplicas: 2, availableReplicas: 2, upToDateReplicas: 1, phase: 'ScalingUp', deprecated: { v1beta1: { readyReplicas: 1, availableReplicas: 1, updatedReplicas: 1, unavailableReplicas: 2 } } },
};

const fieldCases: [string, KubeObject, string, unknown][] = [
  ['topology class', cluster, 'spec.topology.class', 'quick-start'],
  ['topology classNamespace', cluster, 'spec.topology.classNamespace', 'classes'],
  ['topology version', cluster, 'spec.topology.version', 'v1.34.0'],
  ['control plane replicas', cluster, 'spec.topology.controlPlane.replicas', 3],
  ['control plane drain timeout', cluster, 'spec.topology.controlPlane.nodeDrainTimeout', '5m0s'],
  ['machine deployments', cluster, 'spec.topology.workers.machineDeployments', [{ class: 'default-worker', name: 'md-0', replicas: 2, variables: { overrides: [{ name: 'v', value: 1 }] } }]],
  ['controlPlaneRef', cluster, 'spec.controlPlaneRef', { apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2', kind: 'KubeadmControlPlane', name: 'c1-cp', namespace: 'ns1' }],
  ['infrastructureRef', cluster, 'spec.infrastructureRef', { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', kind: 'DockerCluster', name: 'c1-infra', namespace: 'ns1' }],
  ['v1beta2 conditions', cluster, 'status.v1beta2.conditions', [v1beta2Condition]],
  ['legacy conditions', cluster, 'status.conditions', [v1beta1Condition]],
  ['infrastructureReady', cluster, 'status.infrastructureReady', true],
  ['controlPlaneReady', cluster, 'status.controlPlaneReady', true],
  ['failureReason', cluster, 'status.failureReason', 'CreateError'],
  ['failure domains', cluster, 'status.failureDomains', { fd1: { controlPlane: true } }],
  ['control plane counters', cluster, 'status.v1beta2.controlPlane.upToDateReplicas', 3],
  ['phase', cluster, 'status.phase', 'Provisioned'],
  ['labels', cluster, 'metadata.labels', { team: 'a' }],
  ['ownerReferences', cluster, 'metadata.ownerReferences', [{ apiVersion: 'v1', kind: 'Namespace', name: 'ns1', uid: 'n' }]],
  ['bootstrap configRef', machine, 'spec.bootstrap.configRef', { apiVersion: 'bootstrap.cluster.x-k8s.io/v1beta2', kind: 'KubeadmConfig', name: 'm1-boot', namespace: 'ns1' }],
  ['machine version', machine, 'spec.version', 'v1.34.0'],
  ['machine drain timeout', machine, 'spec.nodeDrainTimeout', '1m30s'],
  ['nodeRef', machine, 'status.nodeRef', { apiVersion: 'v1', kind: 'Node', name: 'node-1' }],
  ['nodeInfo', machine, 'status.nodeInfo.kubeletVersion', 'v1.34.0'],
  ['bootstrapReady', machine, 'status.bootstrapReady', true],
  ['machine infrastructureReady', machine, 'status.infrastructureReady', true],
  ['new readyReplicas', machineDeployment, 'status.v1beta2.readyReplicas', 2],
  ['new upToDateReplicas', machineDeployment, 'status.v1beta2.upToDateReplicas', 1],
  ['legacy readyReplicas', machineDeployment, 'status.readyReplicas', 1],
  ['legacy updatedReplicas', machineDeployment, 'status.updatedReplicas', 1],
  ['legacy unavailableReplicas', machineDeployment, 'status.unavailableReplicas', 2],
];

function at(object: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), object);
}

describe('convertObject field mapping v1beta2 -> v1beta1', () => {
  it.each([cluster, machine, machineDeployment].map((o) => [o.kind, o] as const))('starts from a valid v1beta2 %s', (_k, o) => {
    validHub(o);
  });

  it.each(fieldCases)('maps %s', (_name, hub, path, expected) => {
    expect(at(down(hub), path)).toEqual(expected);
  });
});

describe('convertObject and the conversion-data annotation', () => {
  const withMinReady: KubeObject = { ...machine, spec: { ...(machine.spec as object), minReadySeconds: 30 } };

  it('stores fields v1beta1 cannot represent in the annotation', () => {
    const spoke = down(validHub(withMinReady));
    const data = at(spoke, 'metadata.annotations') as Record<string, string>;
    expect(JSON.parse(data[CONVERSION_DATA_ANNOTATION] ?? '{}')).toMatchObject({ spec: { minReadySeconds: 30 } });
  });

  it('keeps a v1beta1 client edit and restores the unrepresentable fields', () => {
    const spoke = convertObject(withMinReady, CORE_V1BETA1);
    (spoke.spec as Record<string, unknown>).version = 'v1.35.0';
    const hub = convertObject(spoke, withMinReady.apiVersion);
    expect(at(hub, 'spec.version')).toBe('v1.35.0');
    expect(at(hub, 'spec.minReadySeconds')).toBe(30);
    expect(hub.metadata.annotations).toBeUndefined();
  });

  it('does not annotate objects v1beta1 represents fully', () => {
    expect(convertObject(machine, CORE_V1BETA1).metadata.annotations).toBeUndefined();
  });
});
