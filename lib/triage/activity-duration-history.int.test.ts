import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { T0 } from '@/lib/capi/__fixtures__/make-objects';
import { infrastructureFailures } from '@/lib/capi/__fixtures__/failure-modes-infrastructure';
import { normalizeObjects } from '@/lib/capi/normalize/normalize-object';
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { detectStuck } from '@/lib/capi/stuck/detect-stuck';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { loadActivityDurations, writeActivityDurations } from './activity-duration-store';
import { fakeRecorderFleet } from './testing/fake-recorder-fleet';
import { TransitionRecorder, type RecorderFleet } from './transition-recorder';

const CREATED = '2026-11-20T10:00:00Z';
const MACHINES = 12;

const cluster = { id: 'Cluster/ns/c', kind: 'Cluster', namespace: 'ns', name: 'c', uid: 'uid-cluster', creationTimestamp: CREATED, topology: { className: 'quick-start' }, infrastructureRef: { kind: 'AWSCluster', name: 'c' }, conditions: [], v1beta1Conditions: [] } as unknown as NormalizedObject;

// Machine i provisions in 240 + 10·i seconds: p95 of the 12 samples is 350 s.
function machines(available: boolean): NormalizedObject[] {
  return Array.from({ length: MACHINES }, (_v, i) => ({
    id: `Machine/ns/m-${i}`, kind: 'Machine', namespace: 'ns', name: `m-${i}`, uid: `uid-m-${i}`, creationTimestamp: CREATED, v1beta1Conditions: [],
    conditions: [{ type: 'Available', status: available ? 'True' : 'False', lastTransitionTime: available ? new Date(Date.parse(CREATED) + (240 + 10 * i) * 1000).toISOString() : CREATED }],
  })) as unknown as NormalizedObject[];
}

function fakeFleet() {
  const { fleet, change } = fakeRecorderFleet([cluster, ...machines(false)]);
  return { fleet, provision: () => change([cluster, ...machines(true)]) };
}

let db: TestDatabase;
const recorders: TransitionRecorder[] = [];

beforeAll(async () => {
  db = await startTestDatabase();
});
afterEach(() => recorders.splice(0).forEach((r) => r.stop()));
afterAll(async () => {
  await db?.stop();
});

function recorderOn(fleet: RecorderFleet): TransitionRecorder {
  const recorder = new TransitionRecorder({
    fleet,
    flushMs: 60_000,
    write: async (rows) => void (await db.prisma.conditionTransition.createMany({ data: rows, skipDuplicates: true })),
    writeDurations: (rows) => writeActivityDurations(db.prisma, rows),
    loadDurations: () => loadActivityDurations(db.prisma, new Date('2026-11-21T12:00:00Z')),
  });
  recorders.push(recorder.start());
  return recorder;
}

describe('activity duration history', () => {
  it('records provisioning durations, and after a restart loads them, re-writes nothing and flags a machine beyond the observed p95', async () => {
    const { fleet, provision } = fakeFleet();
    const first = recorderOn(fleet);
    provision();
    await first.flush();
    first.stop();
    expect(await db.prisma.activityDuration.count()).toBe(MACHINES);
    const stored = await db.prisma.activityDuration.findFirst({ where: { uid: 'uid-m-0' } });
    expect(stored).toMatchObject({ activity: 'machine-provisioning', clusterClass: 'quick-start', provider: 'aws', seconds: 240, managementCluster: 'mc' });
    const transitions = await db.prisma.conditionTransition.count();

    const restarted = recorderOn(fleet);
    await restarted.ready;
    await restarted.flush();
    expect(restarted.samples().map((s) => s.durationSeconds)).toEqual(Array.from({ length: MACHINES }, (_v, i) => 240 + 10 * i));
    expect(await db.prisma.activityDuration.count()).toBe(MACHINES);
    expect(await db.prisma.conditionTransition.count()).toBe(transitions);

    // A quick-start machine provisioning for 6 minutes: under the 15-minute threshold, over the 350 s p95.
    const objects = normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2'));
    const items = detectStuck({ objects, now: new Date(Date.parse(T0) + 6 * 60_000), history: restarted.samples() });
    expect(items.find((item) => item.activity === 'machine-provisioning')).toMatchObject({ exceeded: 'p95', p95Seconds: 350, durationSeconds: 360 });
  });

  it('loads only the last 30 days of history', async () => {
    const { prisma } = await db.createIsolatedDatabase();
    const row = (uid: string, finishedAt: string) => ({ managementCluster: 'mc', kind: 'Machine', namespace: 'ns', name: uid, uid, activity: 'machine-provisioning' as const, clusterClass: null, provider: 'docker', startedAt: new Date(Date.parse(finishedAt) - 60_000), finishedAt: new Date(finishedAt), seconds: 60 });
    await writeActivityDurations(prisma, [row('old', '2026-10-01T00:00:00Z'), row('recent', '2026-11-20T00:00:00Z'), row('recent', '2026-11-20T00:00:00Z')]);
    const loaded = await loadActivityDurations(prisma, new Date('2026-11-21T12:00:00Z'));
    expect(loaded.map((r) => r.uid)).toEqual(['recent']);
    expect(loaded[0]).toMatchObject({ clusterClass: null, seconds: 60, finishedAt: new Date('2026-11-20T00:00:00Z') });
  });
});
