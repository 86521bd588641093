import { describe, expect, it } from 'vitest';
import { normalizeObject } from './normalize-object';

const meta = { name: 'x', namespace: 'n' };

describe('normalizeObject on malformed input', () => {
  it.each([
    ['null', null, 'object: not a JSON object'],
    ['a string', 'Cluster', 'object: not a JSON object'],
    ['an object without kind', { apiVersion: 'cluster.x-k8s.io/v1beta2', metadata: meta }, 'kind: missing'],
    ['a numeric name', { apiVersion: 'v1', kind: 'Node', metadata: { name: 7 } }, 'metadata.name'],
    ['conditions that are not a list', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, status: { conditions: 'Ready' } }, 'status.conditions'],
    ['a condition without type', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, status: { conditions: [{ status: 'True' }] } }, 'status.conditions[0]: not a condition'],
    ['a condition with an odd status', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, status: { conditions: [{ type: 'Available', status: 'yes' }] } }, 'unknown status "yes"'],
    ['negative replicas', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'MachineDeployment', metadata: meta, spec: { replicas: -1 } }, 'spec.replicas'],
    ['garbage owner references', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: { ...meta, ownerReferences: [{ kind: 1 }] } }, 'metadata.ownerReferences[0]'],
    ['a ref without name', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, spec: { controlPlaneRef: { kind: 'KubeadmControlPlane' } } }, 'spec.controlPlaneRef'],
  ])('returns what it could read plus a warning for %s', (_label, input, warning) => {
    const object = normalizeObject(input);
    expect(object.parseWarnings.join('\n')).toContain(warning);
    expect(Array.isArray(object.conditions)).toBe(true);
  });

  it('keeps the readable conditions next to a broken one', () => {
    const object = normalizeObject({
      apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: meta,
      status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }, 42, { type: 'Available', status: 'False', reason: 'NotReady' }] },
    });
    expect(object.conditions.map((x) => `${x.type}=${x.status}`)).toEqual(['Ready=True', 'Available=False']);
    expect(object.parseWarnings).toEqual(['status.conditions[1]: not a condition']);
  });
});
