import { describe, expect, it } from 'vitest';
import { makeClusterSet } from '../__fixtures__/make-cluster-set';
import { type CapiVersion } from '../__fixtures__/make-objects';
import { patchStatus } from '../__fixtures__/patch-object';
import { normalizeObject, normalizeObjects } from '../normalize/normalize-object';
import { checkVersionSkew } from './check-version-skew';

function run(options: { version: CapiVersion; cp: string[]; workers: string[]; stalled?: boolean }) {
  const set = makeClusterSet({ version: options.version, name: 'c', cpReplicas: options.cp.length, mds: [{ name: 'md-0', replicas: options.workers.length }] });
  const cpMachines = set.machines.slice(0, options.cp.length);
  const workerMachines = set.machines.slice(options.cp.length);
  cpMachines.forEach((m, i) => patchStatus(m, { nodeInfo: { kubeletVersion: options.cp[i] } }));
  workerMachines.forEach((m, i) => patchStatus(m, { nodeInfo: { kubeletVersion: options.workers[i] } }));
  return checkVersionSkew({ controlPlane: normalizeObject(set.controlPlane), machines: normalizeObjects(set.machines), rolloutStalled: options.stalled ?? false });
}

describe('checkVersionSkew', () => {
  it.each(['v1beta1', 'v1beta2'] as const)('finds nothing on a uniform %s cluster', (version) => {
    expect(run({ version, cp: ['v1.33.4', 'v1.33.4'], workers: ['v1.33.4', 'v1.33.2'] })).toEqual([]);
  });

  it.each([
    ['a kubelet newer than the oldest kube-apiserver', ['v1.32.4', 'v1.33.1'], ['v1.33.1'], 'kubelet-newer-than-apiserver', 'violation'],
    ['a kubelet 4 minors older on 1.33', ['v1.33.4'], ['v1.29.10'], 'kubelet-too-old', 'violation'],
    ['a kubelet 3 minors older on 1.27 (policy before 1.28 allows 2)', ['v1.27.4'], ['v1.24.10'], 'kubelet-too-old', 'violation'],
    ['control-plane minors two apart', ['v1.31.4', 'v1.33.1'], ['v1.31.4'], 'control-plane-minor-spread', 'violation'],
  ] as const)('reports %s', (_label, cp, workers, rule, severity) => {
    const findings = run({ version: 'v1beta2', cp: [...cp], workers: [...workers] });
    expect(findings.find((f) => f.rule === rule)).toMatchObject({ rule, severity });
  });

  it('accepts a kubelet exactly 3 minors older on 1.28+', () => {
    expect(run({ version: 'v1beta2', cp: ['v1.33.4'], workers: ['v1.30.1'] })).toEqual([]);
  });

  it('tolerates distribution suffixes', () => {
    expect(run({ version: 'v1beta1', cp: ['v1.33.4+rke2r1'], workers: ['v1.33.4+rke2r1', 'v1.32.9+rke2r1'] })).toEqual([]);
  });

  it('warns about mixed worker minors only when the rollout is stalled', () => {
    const args = { version: 'v1beta2' as const, cp: ['v1.33.4'], workers: ['v1.33.4', 'v1.32.9'] };
    expect(run(args)).toEqual([]);
    expect(run({ ...args, stalled: true })).toEqual([expect.objectContaining({ rule: 'mixed-worker-minors', severity: 'warning' })]);
  });

  it('falls back to the KubeadmControlPlane version when no control-plane node reports a kubelet', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c', cpReplicas: 1, k8sVersion: 'v1.33.4' });
    patchStatus(set.machines[0] ?? {}, { nodeInfo: undefined });
    patchStatus(set.machines[1] ?? {}, { nodeInfo: { kubeletVersion: 'v1.34.0' } });
    const findings = checkVersionSkew({ controlPlane: normalizeObject(set.controlPlane), machines: normalizeObjects(set.machines) });
    expect(findings.map((f) => f.objectIds)).toEqual([['Machine/default/c-md-0-7d9f8-0']]);
  });
});
