import { describe, expect, it } from 'vitest';
import { clusterFailures } from '../__fixtures__/failure-modes-cluster';
import { makeClusterSet } from '../__fixtures__/make-cluster-set';
import { normalizeObjects } from '../normalize/normalize-object';
import { summarizeManagementCluster } from './summarize-management-cluster';

describe('summarizeManagementCluster', () => {
  it('summarizes every cluster of a mixed v1beta1/v1beta2 management cluster, with teams from namespaces', () => {
    const objects = normalizeObjects([
      ...makeClusterSet({ version: 'v1beta1', name: 'a', namespace: 'payments' }).all(),
      ...makeClusterSet({ version: 'v1beta2', name: 'b', namespace: 'search', labels: { 'quarterdeck.dev/team': 'search-infra' } }).all(),
      ...clusterFailures.stuckDeletion('v1beta2'),
    ]);
    const rows = summarizeManagementCluster({ objects, managementCluster: 'mgmt-eu', namespaceTeams: { payments: 'payments', search: 'search' }, now: new Date('2026-11-21T10:00:00Z') });
    expect(rows.map((r) => [r.id, r.team, r.health, r.servedVersion])).toEqual([
      ['mgmt-eu/default/old-1', undefined, 'deleting', 'v1beta2'],
      ['mgmt-eu/payments/a', 'payments', 'healthy', 'v1beta1'],
      ['mgmt-eu/search/b', 'search-infra', 'healthy', 'v1beta2'],
    ]);
  });
});
