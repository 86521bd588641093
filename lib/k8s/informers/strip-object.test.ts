import { describe, expect, it } from 'vitest';
import { stripObject } from './strip-object';

describe('stripObject', () => {
  it('drops managedFields and the last-applied annotation, keeps everything else and sets apiVersion/kind', () => {
    const stripped = stripObject({
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Machine',
      object: {
        apiVersion: '',
        kind: '',
        metadata: {
          name: 'm1',
          namespace: 'ns',
          uid: 'u',
          resourceVersion: '5',
          managedFields: [{ manager: 'capi', fieldsV1: { 'f:spec': {} } }],
          annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"big":true}', keep: 'me' },
          labels: { a: 'b' },
        },
        spec: { clusterName: 'c1' },
        status: { phase: 'Running' },
      },
    });
    expect(stripped).toEqual({
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Machine',
      metadata: { name: 'm1', namespace: 'ns', uid: 'u', resourceVersion: '5', annotations: { keep: 'me' }, labels: { a: 'b' } },
      spec: { clusterName: 'c1' },
      status: { phase: 'Running' },
    });
  });
});
