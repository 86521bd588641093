import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from './admit-object';
import { exampleObject, schemaFor } from './test-fixtures';

function admit(object: KubeObject, oldObject?: KubeObject) {
  return admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict', oldObject });
}

function cluster(): KubeObject {
  return exampleObject({ file: 'main_cluster-template-topology.yaml', kind: 'Cluster' });
}

function topology(object: KubeObject): Record<string, unknown> {
  return (object.spec as { topology: Record<string, unknown> }).topology;
}

describe('admitObject on updates', () => {
  const rosaPool = (nodePoolName: string): KubeObject => ({
    apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
    kind: 'ROSAMachinePool',
    metadata: { name: 'pool', namespace: 'default', uid: 'u', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: { nodePoolName, instanceType: 'm5.xlarge' },
  });

  it('enforces a transition rule (self == oldSelf) against the old object', () => {
    expect(admit(rosaPool('pool-b'), rosaPool('pool-a')).causes).toEqual([
      { reason: 'FieldValueInvalid', message: 'Invalid value: "pool-b": nodepoolName is immutable', field: 'spec.nodePoolName' },
    ]);
  });

  it('skips transition rules on create', () => {
    expect(admit(rosaPool('pool-b')).causes).toEqual([]);
  });

  it('ratchets: an invalid value left unchanged since the old object is accepted', () => {
    const old = cluster();
    (topology(old).classRef as Record<string, unknown>).name = 'Quick_Start';
    const updated = structuredClone(old);
    topology(updated).version = 'v1.35.0';
    expect(admit(updated, old).causes).toEqual([]);
    (topology(updated).classRef as Record<string, unknown>).name = 'Other_Class';
    expect(admit(updated, old).causes).toHaveLength(1);
  });

  it('ratchets items of an atomic list while the list is unchanged', () => {
    const tooLong = `10.0.0.0/${'8'.repeat(40)}`;
    const old = cluster();
    const network = () => (old.spec as { clusterNetwork: { pods: { cidrBlocks: string[] } } }).clusterNetwork;
    network().pods.cidrBlocks = [tooLong];
    const updated = structuredClone(old);
    topology(updated).version = 'v1.35.0';
    expect(admit(updated, old).causes).toEqual([]);
    (updated.spec as { clusterNetwork: { pods: { cidrBlocks: string[] } } }).clusterNetwork.pods.cidrBlocks.push('10.1.0.0/16');
    expect(admit(updated, old).causes).toContainEqual({
      reason: 'FieldValueTooLong',
      message: 'Too long: may not be more than 43 bytes',
      field: 'spec.clusterNetwork.pods.cidrBlocks[0]',
    });
  });
});
