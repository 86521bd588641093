import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from '../schema/admit-object';
import { schemaFor } from '../schema/test-fixtures';
import { convertObject } from './convert-object';

const T = '2026-11-21T10:00:00Z';
const meta = (name: string) => ({ name, namespace: 'ns1', uid: `uid-${name}`, resourceVersion: '3', creationTimestamp: T });

function valid(object: KubeObject): KubeObject {
  const result = admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict' });
  expect(result.causes).toEqual([]);
  expect(result.unknownFields).toEqual([]);
  return object;
}

function up(spoke: KubeObject): KubeObject {
  return valid(convertObject(valid(spoke), spoke.apiVersion.replace('/v1beta1', '/v1beta2')));
}

function at(object: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), object);
}

const legacyCondition = { type: 'Ready', status: 'False', severity: 'Error', reason: 'Failed', message: 'm', lastTransitionTime: T };
const newCondition = { type: 'Available', status: 'False', reason: 'NotAvailable', message: '', lastTransitionTime: T };

const cluster: KubeObject = {
  apiVersion: 'cluster.x-k8s.io/v1beta1',
  kind: 'Cluster',
  metadata: meta('c1'),
  spec: {
    controlPlaneRef: { apiVersion: 'controlplane.cluster.x-k8s.io/v1beta1', kind: 'KubeadmControlPlane', name: 'c1-cp', namespace: 'ns1' },
    topology: {
      class: 'quick-start',
      classNamespace: 'classes',
      version: 'v1.33.1',
      controlPlane: { replicas: 1, nodeDeletionTimeout: '10s', machineHealthCheck: { enable: true, maxUnhealthy: '40%' } },
      workers: {
        machineDeployments: [
          { class: 'default-worker', name: 'md-0', replicas: 4, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, deletePolicy: 'Oldest' } } },
        ],
      },
    },
  },
  status: {
    phase: 'Provisioning',
    infrastructureReady: true,
    controlPlaneReady: false,
    conditions: [legacyCondition],
    failureMessage: 'boom',
    v1beta2: { conditions: [newCondition] },
    failureDomains: { b: { controlPlane: false }, a: { controlPlane: true, attributes: { zone: 'a' } } },
  },
};

const healthCheck: KubeObject = {
  apiVersion: 'cluster.x-k8s.io/v1beta1',
  kind: 'MachineHealthCheck',
  metadata: meta('mhc'),
  spec: {
    clusterName: 'c1',
    selector: { matchLabels: { pool: 'a' } },
    maxUnhealthy: '40%',
    nodeStartupTimeout: '10m',
    unhealthyConditions: [{ type: 'Ready', status: 'Unknown', timeout: '5m0s' }],
    remediationTemplate: { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1', kind: 'DockerRemediationTemplate', name: 'r', namespace: 'ns1' },
  },
};

const controlPlane: KubeObject = {
  apiVersion: 'controlplane.cluster.x-k8s.io/v1beta1',
  kind: 'KubeadmControlPlane',
  metadata: meta('cp'),
  spec: {
    replicas: 3,
    version: 'v1.33.1',
    machineTemplate: { infrastructureRef: { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1', kind: 'DockerMachineTemplate', name: 't' }, nodeDrainTimeout: '1h' },
    kubeadmConfigSpec: { clusterConfiguration: { apiServer: { extraArgs: { 'v': '2', 'audit-log-path': '-' } } } },
    rolloutStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
    remediationStrategy: { maxRetry: 3, retryPeriod: '2m' },
  },
  status: { version: 'v1.33.1', replicas: 3, readyReplicas: 2, updatedReplicas: 3, initialized: true, v1beta2: { readyReplicas: 3, upToDateReplicas: 3 } },
};

const cases: [string, KubeObject, string, unknown][] = [
  ['topology classRef', cluster, 'spec.topology.classRef', { name: 'quick-start', namespace: 'classes' }],
  ['controlPlaneRef apiGroup', cluster, 'spec.controlPlaneRef', { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: 'c1-cp' }],
  ['deletion seconds', cluster, 'spec.topology.controlPlane.deletion', { nodeDeletionTimeoutSeconds: 10 }],
  ['health check', cluster, 'spec.topology.controlPlane.healthCheck', { enabled: true, remediation: { triggerIf: { unhealthyLessThanOrEqualTo: '40%' } } }],
  ['rollout strategy', cluster, 'spec.topology.workers.machineDeployments', [
    { class: 'default-worker', name: 'md-0', replicas: 4, deletion: { order: 'Oldest' }, rollout: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } } },
  ]],
  ['initialization', cluster, 'status.initialization', { infrastructureProvisioned: true, controlPlaneInitialized: false }],
  ['conditions', cluster, 'status.conditions', [newCondition]],
  ['deprecated conditions and failures', cluster, 'status.deprecated.v1beta1', { conditions: [legacyCondition], failureMessage: 'boom' }],
  ['failure domains', cluster, 'status.failureDomains', [{ name: 'a', controlPlane: true, attributes: { zone: 'a' } }, { name: 'b', controlPlane: false }]],
  ['MHC checks', healthCheck, 'spec.checks', { nodeStartupTimeoutSeconds: 600, unhealthyNodeConditions: [{ type: 'Ready', status: 'Unknown', timeoutSeconds: 300 }] }],
  ['MHC remediation', healthCheck, 'spec.remediation', {
    triggerIf: { unhealthyLessThanOrEqualTo: '40%' },
    templateRef: { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1', kind: 'DockerRemediationTemplate', name: 'r' },
  }],
  ['KCP machine template', controlPlane, 'spec.machineTemplate', {
    spec: { infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'DockerMachineTemplate', name: 't' }, deletion: { nodeDrainTimeoutSeconds: 3600 } },
  }],
  ['KCP extraArgs', controlPlane, 'spec.kubeadmConfigSpec.clusterConfiguration.apiServer.extraArgs', [{ name: 'audit-log-path', value: '-' }, { name: 'v', value: '2' }]],
  ['KCP rollout', controlPlane, 'spec.rollout', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } }],
  ['KCP remediation', controlPlane, 'spec.remediation', { maxRetry: 3, retryPeriodSeconds: 120 }],
  ['KCP counters', controlPlane, 'status', {
    version: 'v1.33.1', replicas: 3, readyReplicas: 3, upToDateReplicas: 3,
    initialization: { controlPlaneInitialized: true },
    deprecated: { v1beta1: { readyReplicas: 2, updatedReplicas: 3 } },
  }],
];

describe('convertObject for v1beta1 writes', () => {
  it.each(cases)('maps %s to v1beta2', (_name, spoke, path, expected) => {
    expect(at(up(spoke), path)).toEqual(expected);
  });

  it.each([cluster, healthCheck, controlPlane].map((o) => [o.kind, o] as const))('serves a written v1beta1 %s back with the same fields a client reads', (_kind, spoke) => {
    const again = convertObject(up(spoke), spoke.apiVersion);
    expect(at(again, 'spec.topology.class')).toBe(at(spoke, 'spec.topology.class'));
    expect(at(again, 'spec.version')).toBe(at(spoke, 'spec.version'));
    expect(at(again, 'status.conditions')).toEqual(at(spoke, 'status.conditions'));
    expect(at(again, 'status.v1beta2')).toEqual(at(spoke, 'status.v1beta2'));
    expect(at(again, 'spec.unhealthyConditions')).toEqual(at(spoke, 'spec.unhealthyConditions'));
  });

  it('normalizes durations through whole seconds as CAPI does (300s is served back as 5m0s)', () => {
    const spoke = structuredClone(healthCheck);
    (spoke.spec as Record<string, unknown>).unhealthyConditions = [{ type: 'Ready', status: 'Unknown', timeout: '300s' }];
    const again = convertObject(up(spoke), spoke.apiVersion);
    expect(at(again, 'spec.unhealthyConditions')).toEqual([{ type: 'Ready', status: 'Unknown', timeout: '5m0s' }]);
  });
});
