import { describe, expect, it } from 'vitest';
import { clusterFailures } from './__fixtures__/failure-modes-cluster';
import { makeClusterSet } from './__fixtures__/make-cluster-set';
import {
  buildClusterGraph, checkVersionSkew, defaultReleaseCalendar, detectStuck, eolStatus, findRootCause, fleetDistribution, groupByCluster,
  normalizeObjects, summarizeCluster,
} from './index';

describe('lib/capi public API', () => {
  it('takes one management cluster from raw objects to summaries, skew, EOL, graph, root cause and stuck items', () => {
    const raw = [...makeClusterSet({ version: 'v1beta1', name: 'a', namespace: 'team-a', k8sVersion: 'v1.32.4' }).all(), ...clusterFailures.missingCni('v1beta2')];
    const objects = normalizeObjects(raw);
    const now = new Date('2026-11-21T09:00:00Z');
    const bundles = [...groupByCluster(objects).values()];
    const summaries = bundles.map((b) => summarizeCluster({ ...b, managementCluster: 'mgmt-1', now }));
    expect(summaries.map((s) => `${s.name}:${s.health}`).sort()).toEqual(['a:healthy', 'dev-1:degraded']);
    expect(bundles.flatMap((b) => checkVersionSkew({ ...b, ...(b.controlPlane ? { controlPlane: b.controlPlane } : {}) }))).toEqual([]);
    expect(fleetDistribution(summaries).controlPlane).toEqual({ '1.32': 1, '1.33': 1 });
    expect(eolStatus({ minor: 'v1.32.4', today: now, calendar: defaultReleaseCalendar }).state).toBe('end-of-life');
    expect(buildClusterGraph({ objects, cluster: { namespace: 'default', name: 'dev-1' } })?.rootId).toBe('Cluster/default/dev-1');
    expect(findRootCause({ objects, cluster: { namespace: 'default', name: 'dev-1' } })?.classification).toBe('addons-cni');
    expect(findRootCause({ objects, cluster: { namespace: 'team-a', name: 'a' } })).toBeUndefined();
    expect(detectStuck({ objects, now }).filter((i) => i.clusterId === 'Cluster/team-a/a')).toEqual([]);
  });
});
