import { describe, expect, it } from 'vitest';
import { describeRequest } from './describe-request';
import { buildDiffRows } from './diff-rows';
import { isInFlight, requestSteps } from './request-steps';

describe('requestSteps', () => {
  const compact = (steps: ReturnType<typeof requestSteps>) => steps.map((step) => `${step.state}:${step.status}`);

  it.each([
    ['create-cluster', 'pending', ['pending:current', 'approved:todo', 'applying:todo', 'applied:todo', 'provisioning:todo', 'ready:todo']],
    ['create-cluster', 'provisioning', ['pending:done', 'approved:done', 'applying:done', 'applied:done', 'provisioning:current', 'ready:todo']],
    ['create-cluster', 'ready', ['pending:done', 'approved:done', 'applying:done', 'applied:done', 'provisioning:done', 'ready:done']],
    ['scale-pool', 'applied', ['pending:done', 'approved:done', 'applying:done', 'applied:done']],
    ['scale-pool', 'rejected', ['pending:done', 'rejected:failed']],
    ['delete-cluster', 'failed', ['pending:done', 'approved:done', 'applying:done', 'failed:failed']],
    ['create-cluster', 'expired', ['pending:done', 'approved:done', 'applying:done', 'applied:done', 'provisioning:done', 'ready:done', 'expired:failed']],
  ] as const)('shows a %s request in state %s', (type, state, expected) => {
    expect(compact(requestSteps(type, state))).toEqual(expected);
  });

  it.each([
    ['create-cluster', 'applied', true],
    ['create-cluster', 'ready', false],
    ['pause', 'applied', false],
    ['pause', 'pending', true],
    ['delete-cluster', 'cancelled', false],
  ] as const)('says whether a %s request in state %s can still change', (type, state, expected) => {
    expect(isInFlight(type, state)).toBe(expected);
  });
});

describe('describeRequest', () => {
  it.each([
    [{ type: 'scale-pool', managementCluster: 'm', namespace: 'n', clusterName: 'c1', pool: 'md-0', replicas: 5 }, 'Scale md-0 of c1 to 5 replicas'],
    [{ type: 'upgrade-version', managementCluster: 'm', namespace: 'n', clusterName: 'c1', version: 'v1.34.1' }, 'Upgrade c1 to v1.34.1'],
    [{ type: 'delete-cluster', managementCluster: 'm', namespace: 'n', clusterName: 'c1', confirmName: 'c1' }, 'Delete c1'],
  ] as const)('summarizes %o', (payload, expected) => {
    expect(describeRequest({ type: payload.type, clusterName: 'c1', payload })).toBe(expected);
  });

  it('falls back to the type and cluster without a payload', () => {
    expect(describeRequest({ type: 'resume', clusterName: 'c1' })).toBe('Resume reconciliation c1');
  });
});

describe('buildDiffRows', () => {
  it('classifies, formats and sorts entries and drops unchanged ones', () => {
    expect(
      buildDiffRows([
        { path: 'spec.topology.workers.machineDeployments[md-0].replicas', before: 2, after: 5 },
        { path: 'spec.paused', before: undefined, after: true },
        { path: 'metadata.labels.same', before: 'x', after: 'x' },
        { path: 'metadata.annotations.old', before: { a: 1 }, after: null },
      ]),
    ).toEqual([
      { path: 'metadata.annotations.old', kind: 'removed', before: '{\n  "a": 1\n}', after: '' },
      { path: 'spec.paused', kind: 'added', before: '', after: 'true' },
      { path: 'spec.topology.workers.machineDeployments[md-0].replicas', kind: 'changed', before: '2', after: '5' },
    ]);
  });
});
