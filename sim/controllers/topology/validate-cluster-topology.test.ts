import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../core/kube-object';
import { validateClusterTopology } from './validate-cluster-topology';

const clusterClass = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'ClusterClass',
  metadata: { name: 'quick-start', namespace: 'classes' },
  spec: {
    workers: { machineDeployments: [{ class: 'default-worker' }] },
    kubernetesVersions: ['v1.33.0', 'v1.34.1'],
    variables: [{ name: 'replicas', required: false, schema: { openAPIV3Schema: { type: 'integer', maximum: 5 } } }],
  },
} as unknown as KubeObject;

function cluster(apiVersion: 'v1beta1' | 'v1beta2', topology: Record<string, unknown>): KubeObject {
  const classFields = apiVersion === 'v1beta2' ? { classRef: { name: 'quick-start', namespace: 'classes' } } : { class: 'quick-start', classNamespace: 'classes' };
  return { apiVersion: `cluster.x-k8s.io/${apiVersion}`, kind: 'Cluster', metadata: { name: 'c1', namespace: 'team-a' }, spec: { topology: { ...classFields, version: 'v1.34.1', ...topology } } } as unknown as KubeObject;
}

const getClass = (namespace: string, name: string) => (namespace === 'classes' && name === 'quick-start' ? clusterClass : undefined);
const fields = (c: KubeObject) => validateClusterTopology({ cluster: c, getClass }).causes.map((cause) => cause.field);

describe('validateClusterTopology', () => {
  it.each(['v1beta1', 'v1beta2'] as const)('accepts a valid %s Cluster', (apiVersion) => {
    expect(validateClusterTopology({ cluster: cluster(apiVersion, { workers: { machineDeployments: [{ class: 'default-worker', name: 'md-0' }] } }), getClass })).toEqual({ causes: [], warnings: [] });
  });

  it.each(['v1beta1', 'v1beta2'] as const)('finds every problem of a %s Cluster with the webhook’s field paths', (apiVersion) => {
    const bad = cluster(apiVersion, {
      version: 'v1.35.0',
      workers: { machineDeployments: [{ class: 'gpu', name: 'md-0' }, { class: 'default-worker', name: 'md-0', variables: { overrides: [{ name: 'replicas', value: 9 }] } }] },
      variables: [{ name: 'replicas', value: 6 }],
    });
    expect(fields(bad)).toEqual([
      'spec.topology.version',
      'spec.topology.workers.machineDeployments[0].class',
      'spec.topology.workers.machineDeployments[1].name',
      'spec.topology.workers.machineDeployments[1].variables.overrides[replicas].value',
      'spec.topology.variables[replicas].value',
    ]);
  });

  it('rejects a version that is not semantic', () => {
    expect(validateClusterTopology({ cluster: cluster('v1beta2', { version: '1.34' }), getClass }).causes).toEqual([expect.objectContaining({ field: 'spec.topology.version', message: 'Invalid value: "1.34": version must be a valid semantic version' })]);
  });

  it('warns, as CAPI does, when the ClusterClass does not exist', () => {
    const verdict = validateClusterTopology({ cluster: cluster('v1beta2', {}), getClass: () => undefined });
    expect(verdict.causes).toEqual([]);
    expect(verdict.warnings).toEqual([expect.stringContaining('Cluster refers to ClusterClass classes/quick-start, but this ClusterClass does not exist')]);
  });

  it('ignores Clusters without a topology', () => {
    expect(validateClusterTopology({ cluster: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'x' }, spec: {} } as unknown as KubeObject, getClass })).toEqual({ causes: [], warnings: [] });
  });
});
