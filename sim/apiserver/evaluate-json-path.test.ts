import { describe, expect, it } from 'vitest';
import { evaluateJsonPath } from './evaluate-json-path';
import { humanDuration } from './human-duration';

const machine = {
  metadata: { labels: { 'cluster.x-k8s.io/cluster-name': 'c1' }, ownerReferences: [{ kind: 'MachineSet', name: 'ms1' }] },
  status: {
    conditions: [
      { type: 'Available', status: 'False' },
      { type: 'Ready', status: 'True' },
    ],
    addresses: [{ type: 'InternalIP', address: '10.0.0.1' }],
  },
};

describe('evaluateJsonPath', () => {
  it.each([
    ['.status.conditions[?(@.type=="Ready")].status', ['True']],
    [".status.conditions[?(@.type=='Available')].status", ['False']],
    ['.metadata.labels.cluster\\.x-k8s\\.io/cluster-name', ['c1']],
    [".metadata.labels['cluster\\.x-k8s\\.io/cluster-name']", ['c1']],
    ['.metadata.ownerReferences[?(@.kind=="MachineSet")].name', ['ms1']],
    ['.status.addresses[0].address', ['10.0.0.1']],
    ['.status.conditions[*].type', ['Available', 'Ready']],
    ['.spec.missing', []],
  ])('evaluates %s', (path, expected) => {
    expect(evaluateJsonPath(machine, path)).toEqual(expected);
  });
});

describe('humanDuration', () => {
  it.each([
    [5_000, '5s'],
    [119_000, '119s'],
    [150_000, '2m30s'],
    [600_000, '10m'],
    [3 * 3600_000 + 5 * 60_000, '3h5m'],
    [30 * 3600_000, '30h'],
    [3 * 86400_000 + 2 * 3600_000, '3d2h'],
    [40 * 86400_000, '40d'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
