import { describe, expect, it } from 'vitest';
import { clusterFailures } from '@/lib/capi/__fixtures__/failure-modes-cluster';
import { infrastructureFailures } from '@/lib/capi/__fixtures__/failure-modes-infrastructure';
import { makeClusterSet } from '@/lib/capi/__fixtures__/make-cluster-set';
import { T0 } from '@/lib/capi/__fixtures__/make-objects';
import { normalizeObjects } from '@/lib/capi/normalize/normalize-object';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { buildTriageRow } from './build-triage-row';

const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000);
const summary = (name: string, health: ClusterSummary['health']) => ({ id: `mc/default/${name}`, managementCluster: 'mc', namespace: 'default', name, team: 'payments', health });

describe('buildTriageRow', () => {
  it('queues a provisioning cluster at once when a specific failure pattern matched, before it counts as stuck', () => {
    const row = buildTriageRow({ summary: summary('prod-1', 'provisioning'), objects: normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2')), now: at(5) });
    expect(row).toMatchObject({ kind: 'failing', severity: 'warning', cause: 'infrastructure', link: { objectId: 'AWSMachine/default/prod-1-cp-2' }, href: '/clusters/mc/default/prod-1?node=AWSMachine%2Fdefault%2Fprod-1-cp-2' });
    expect(row?.message).toContain('InsufficientInstanceCapacity');
  });

  it.each([
    [20, 'warning'],
    [40, 'critical'],
  ] as const)('queues the same cluster as stuck after %i minutes with severity %s', (minutes, severity) => {
    const row = buildTriageRow({ summary: summary('prod-1', 'provisioning'), objects: normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta1')), now: at(minutes) });
    expect(row).toMatchObject({ kind: 'stuck', activity: 'machine-provisioning', severity, cause: 'infrastructure' });
  });

  it('honours configured thresholds', () => {
    const row = buildTriageRow({ summary: summary('prod-1', 'provisioning'), objects: normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2')), now: at(20), thresholds: { defaults: { 'machine-provisioning': 60 } } });
    expect(row?.kind).toBe('failing');
  });

  it('leaves a healthy cluster out of the queue', () => {
    const objects = normalizeObjects(makeClusterSet({ version: 'v1beta2', name: 'ok-1' }).all());
    expect(buildTriageRow({ summary: summary('ok-1', 'healthy'), objects, now: at(600) })).toBeUndefined();
  });
});

describe('buildTriageRow on normal progress', () => {
  it('does not queue a provisioning cluster whose workers are merely waiting to join', () => {
    const objects = normalizeObjects(clusterFailures.nodeNeverJoins('v1beta2'));
    const cluster = objects.find((o) => o.kind === 'Cluster');
    const row = buildTriageRow({ summary: summary(cluster?.name ?? '', 'provisioning'), objects, now: new Date(Date.parse(cluster?.creationTimestamp ?? T0) + 60_000) });
    expect(row).toBeUndefined();
  });
});
