import { describe, expect, it } from 'vitest';
import { clusterFailures } from '../__fixtures__/failure-modes-cluster';
import { infrastructureFailures } from '../__fixtures__/failure-modes-infrastructure';
import { makeClusterSet } from '../__fixtures__/make-cluster-set';
import { type CapiVersion, T0 } from '../__fixtures__/make-objects';
import { patchConditions, patchMeta } from '../__fixtures__/patch-object';
import { normalizeObjects } from '../normalize/normalize-object';
import { detectStuck } from './detect-stuck';
import { percentile } from './percentile';
import { type DurationSample } from './types';

const at = (minutesAfterT0: number) => new Date(Date.parse(T0) + minutesAfterT0 * 60_000);
const versions: CapiVersion[] = ['v1beta1', 'v1beta2'];

describe('detectStuck', () => {
  it.each(versions.flatMap((v) => [[v, 10, undefined], [v, 20, 'warning'], [v, 40, 'critical']] as const))('flags a %s machine provisioning for %i minutes as %s', (version, minutes, severity) => {
    const items = detectStuck({ objects: normalizeObjects(infrastructureFailures.awsInsufficientCapacity(version)), now: at(minutes) });
    const item = items.find((i) => i.activity === 'machine-provisioning');
    expect(item?.severity).toBe(severity);
    if (item) {
      expect(item).toMatchObject({ objectId: 'Machine/default/prod-1-cp-2', exceeded: 'threshold', thresholdSeconds: 900, cause: 'infrastructure', clusterId: 'Cluster/default/prod-1' });
      expect(item.firstFailingLink?.objectId).toBe('AWSMachine/default/prod-1-cp-2');
    }
  });

  it.each(versions)('flags a %s cluster that is provisioning for too long with the cause of its root cause', (version) => {
    const items = detectStuck({ objects: normalizeObjects(infrastructureFailures.noControlPlaneEndpoint(version)), now: new Date('2026-11-21T09:45:00Z') });
    expect(items.find((i) => i.activity === 'cluster-provisioning')).toMatchObject({ objectId: 'Cluster/default/new-1', durationSeconds: 2700, severity: 'warning', cause: 'infrastructure' });
  });

  it.each(versions)('flags a %s deletion stuck for hours as critical', (version) => {
    const items = detectStuck({ objects: normalizeObjects(clusterFailures.stuckDeletion(version)), now: new Date('2026-11-21T10:00:00Z') });
    expect(items[0]).toMatchObject({ activity: 'deletion', severity: 'critical', cause: 'deletion' });
    expect(items.map((i) => i.objectId)).toEqual(expect.arrayContaining(['Cluster/default/old-1', 'AWSCluster/default/old-1']));
  });

  it('measures a rollout from its last progress (newest machine created or deleted)', () => {
    const items = detectStuck({ objects: normalizeObjects(clusterFailures.drainBlockedByPdb('v1beta2')), now: at(55) });
    const rollout = items.find((i) => i.activity === 'rollout' && i.kind === 'MachineDeployment');
    expect(rollout).toMatchObject({ since: '2026-11-21T08:30:00Z', durationSeconds: 1500, severity: 'warning', cause: 'workers-rollout' });
    expect(items.find((i) => i.activity === 'deletion')).toMatchObject({ objectId: 'Machine/default/prod-4-md-0-7d9f8-0', durationSeconds: 1500 });
  });

  it('explains a stuck object off the root-cause chain by its own failing conditions', () => {
    const items = detectStuck({ objects: normalizeObjects(clusterFailures.drainBlockedByPdb('v1beta2')), now: at(55) });
    const rollout = items.find((i) => i.kind === 'MachineDeployment');
    expect(rollout?.firstFailingLink?.objectId).toBe('Machine/default/prod-4-md-0-7d9f8-0');
    const deletion = items.find((i) => i.activity === 'deletion');
    expect(deletion?.firstFailingLink?.failing).toContainEqual(expect.objectContaining({ type: 'Deleting', reason: 'DrainingNode' }));
  });

  it('detects a v1beta1-only rollout through MachinesSpecUpToDate=False', () => {
    const set = makeClusterSet({ version: 'v1beta1', name: 'old', cpReplicas: 1, mds: [] });
    const status = set.controlPlane.status as Record<string, unknown>;
    delete status.v1beta2;
    patchConditions(set.controlPlane, { v1beta1: [{ type: 'MachinesSpecUpToDate', status: 'False', reason: 'RollingUpdateInProgress', severity: 'Warning', lastTransitionTime: '2026-11-21T08:10:00Z' }] });
    expect(detectStuck({ objects: normalizeObjects(set.all()), now: at(45) })).toEqual([expect.objectContaining({ kind: 'KubeadmControlPlane', activity: 'rollout', durationSeconds: 2100 })]);
  });

  it('uses per-ClusterClass thresholds', () => {
    const objects = normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2'));
    const provisioning = (thresholds: Parameters<typeof detectStuck>[0]['thresholds']) => detectStuck({ objects, now: at(40), thresholds }).filter((i) => i.activity === 'machine-provisioning');
    expect(provisioning({ byClusterClass: { 'quick-start': { 'machine-provisioning': 60 } } })).toEqual([]);
    expect(provisioning({ byClusterClass: { other: { 'machine-provisioning': 60 } } })[0]?.severity).toBe('critical');
    expect(provisioning({ defaults: { 'machine-provisioning': 5 } })[0]?.severity).toBe('critical');
  });

  it('flags durations beyond the observed p95 of the ClusterClass when enough history exists', () => {
    const objects = normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2'));
    const history: DurationSample[] = Array.from({ length: 20 }, (_v, i) => ({ activity: 'machine-provisioning', clusterClass: 'quick-start', durationSeconds: 240 + i * 10 }));
    expect(detectStuck({ objects, now: at(10), history })[0]).toMatchObject({ activity: 'machine-provisioning', exceeded: 'p95', p95Seconds: 420, severity: 'warning' });
    expect(detectStuck({ objects, now: at(10), history: history.slice(0, 5) })).toEqual([]);
  });

  it('ignores a healthy, settled cluster', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'ok' });
    patchMeta(set.cluster, {});
    expect(detectStuck({ objects: normalizeObjects(set.all()), now: at(600) })).toEqual([]);
  });
});

describe('percentile', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[5, 1, 3], 50, 3],
    [[7], 95, 7],
    [[], 95, undefined],
  ])('gives the nearest-rank percentile of %j at p%i: %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});
