import { describe, expect, it } from 'vitest';
import type { ClusterRequestSpec } from './cluster-request-spec';
import { renderClusterManifest } from './render-cluster-manifest';

const spec: ClusterRequestSpec = {
  namespace: 'team-payments',
  name: 'checkout-dev',
  classRef: { name: 'aws-standard', namespace: 'quarterdeck-classes' },
  version: 'v1.34.2',
  controlPlaneReplicas: 3,
  workers: [{ class: 'general-purpose', name: 'md-0', replicas: 2, overrides: { workerInstanceType: 'm6i.xlarge', unset: undefined } }],
  variables: { region: 'eu-west-1', network: { vpcCidr: '10.0.0.0/16' }, skipped: undefined },
  labels: { 'quarterdeck.dev/team': 'payments' },
};

describe('renderClusterManifest', () => {
  it('names the class with classRef on v1beta2', () => {
    const manifest = renderClusterManifest({ spec, apiVersion: 'v1beta2' });
    expect(manifest.apiVersion).toBe('cluster.x-k8s.io/v1beta2');
    expect(manifest.spec.topology.classRef).toEqual({ name: 'aws-standard', namespace: 'quarterdeck-classes' });
    expect(manifest.spec.topology.class).toBeUndefined();
  });

  it('names the class with class and classNamespace on v1beta1', () => {
    const manifest = renderClusterManifest({ spec, apiVersion: 'v1beta1' });
    expect(manifest.apiVersion).toBe('cluster.x-k8s.io/v1beta1');
    expect(manifest.spec.topology).toMatchObject({ class: 'aws-standard', classNamespace: 'quarterdeck-classes' });
    expect(manifest.spec.topology.classRef).toBeUndefined();
  });

  it('lists variables and pool overrides by name and leaves undefined values out', () => {
    const { topology } = renderClusterManifest({ spec, apiVersion: 'v1beta2' }).spec;
    expect(topology.variables).toEqual([
      { name: 'region', value: 'eu-west-1' },
      { name: 'network', value: { vpcCidr: '10.0.0.0/16' } },
    ]);
    expect(topology.workers).toEqual({
      machineDeployments: [{ class: 'general-purpose', name: 'md-0', replicas: 2, variables: { overrides: [{ name: 'workerInstanceType', value: 'm6i.xlarge' }] } }],
    });
  });

  it('omits workers and variables when there are none', () => {
    const { topology } = renderClusterManifest({ spec: { ...spec, workers: [], variables: {} }, apiVersion: 'v1beta2' }).spec;
    expect(topology).toEqual({ classRef: spec.classRef, version: 'v1.34.2', controlPlane: { replicas: 3 } });
  });
});
