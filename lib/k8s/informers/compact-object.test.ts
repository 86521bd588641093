import { describe, expect, it } from 'vitest';
import { createCompactCodec } from './compact-object';
import type { K8sObject } from './kube-object';

function machine(index: number): K8sObject {
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'Machine',
    metadata: { name: `prod-eu-${index}-md-0-x7k2p`, namespace: 'team-payments', uid: `4f1c2a7e-0000-4000-8000-${String(index).padStart(12, '0')}`, resourceVersion: String(1000 + index), labels: { 'cluster.x-k8s.io/cluster-name': `prod-eu-${index}` } },
    spec: { clusterName: `prod-eu-${index}`, version: 'v1.33.1', bootstrap: { dataSecretName: `prod-eu-${index}-bootstrap` } },
    status: {
      phase: 'Running',
      nodeInfo: { kubeletVersion: 'v1.33.1', osImage: 'Ubuntu 24.04.3 LTS' },
      conditions: ['Available', 'Ready', 'UpToDate', 'BootstrapConfigReady', 'InfrastructureReady', 'NodeHealthy'].map((type) => ({ type, status: 'True', reason: type, message: '', lastTransitionTime: '2026-11-20T13:09:59Z' })),
    },
  };
}

describe('createCompactCodec', () => {
  it('decodes exactly what it encoded, non-ASCII text included', () => {
    const codec = createCompactCodec();
    const object = { ...machine(1), status: { conditions: [{ type: 'Ready', status: 'False', message: 'nœud injoignable – 節点 🚫' }] } };
    codec.encode(machine(0));
    expect(codec.decode(codec.encode(object))).toEqual(object);
  });

  it('reads uid and resourceVersion without decoding', () => {
    const codec = createCompactCodec();
    expect(codec.meta(codec.encode(machine(7)))).toEqual({ uid: '4f1c2a7e-0000-4000-8000-000000000007', resourceVersion: '1007' });
  });

  it('stores objects of the same kind in a fraction of their JSON size', () => {
    const codec = createCompactCodec();
    codec.encode(machine(0));
    const json = JSON.stringify(machine(42)).length;
    const stored = codec.encode(machine(42)).length;
    expect(stored).toBeLessThan(json / 4);
  });

  it('keeps decoding old entries after many different objects were encoded', () => {
    const codec = createCompactCodec();
    const first = codec.encode(machine(1));
    for (let index = 2; index < 50; index += 1) codec.encode({ ...machine(index), kind: `Other${index}` });
    expect(codec.decode(first)).toEqual(machine(1));
  });
});
