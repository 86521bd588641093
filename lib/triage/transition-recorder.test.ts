import { afterEach, describe, expect, it } from 'vitest';
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type ActivityDurationRow } from './collect-durations';
import { type TransitionRow } from './diff-transitions';
import { fakeRecorderFleet as fakeFleet } from './testing/fake-recorder-fleet';
import { TransitionRecorder } from './transition-recorder';

function machine(status: 'True' | 'False', at: string): NormalizedObject {
  return {
    id: 'Machine/ns/m-1', kind: 'Machine', namespace: 'ns', name: 'm-1', uid: 'uid-1', creationTimestamp: '2026-11-21T10:00:00Z',
    conditions: [{ type: 'Available', status, lastTransitionTime: at }], v1beta1Conditions: [],
  } as unknown as NormalizedObject;
}


const recorders: TransitionRecorder[] = [];
afterEach(() => recorders.splice(0).forEach((r) => r.stop()));

describe('TransitionRecorder', () => {
  it('writes the first sight and then only real transitions, in batches', async () => {
    const written: TransitionRow[][] = [];
    const { fleet, change } = fakeFleet([machine('False', '2026-11-21T10:00:00Z')]);
    const recorder = new TransitionRecorder({ fleet, write: async (rows) => void written.push(rows), flushMs: 60_000 });
    recorders.push(recorder.start());
    change([machine('False', '2026-11-21T10:00:00Z')]);
    change([machine('True', '2026-11-21T10:12:00Z')]);
    await recorder.flush();
    expect(written.flat().map((row) => row.status)).toEqual(['False', 'True']);
    expect(recorder.pendingCount()).toBe(0);
  });

  it('keeps the rows through a database outage and writes them after the backoff once the database is back', async () => {
    let down = true;
    let clock = 0;
    const written: TransitionRow[] = [];
    const { fleet } = fakeFleet([machine('False', '2026-11-21T10:00:00Z')]);
    const recorder = new TransitionRecorder({
      fleet,
      flushMs: 60_000,
      nowMs: () => clock,
      write: async (rows) => {
        if (down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        written.push(...rows);
      },
    });
    recorders.push(recorder.start());
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(recorder.pendingCount()).toBe(1);
    down = false;
    await recorder.flush();
    expect(written).toHaveLength(0);
    clock = 1_000;
    await recorder.flush();
    expect(written).toHaveLength(1);
    expect(recorder.pendingCount()).toBe(0);
  });

  it('drops the oldest rows beyond the backlog bound instead of growing without limit', () => {
    const { fleet, change } = fakeFleet([machine('False', '2026-11-21T10:00:00Z')]);
    const recorder = new TransitionRecorder({ fleet, write: () => Promise.reject(new Error('down')), flushMs: 60_000, maxPending: 2 });
    recorders.push(recorder.start());
    change([machine('True', '2026-11-21T10:05:00Z')]);
    change([machine('False', '2026-11-21T10:06:00Z')]);
    expect(recorder.pendingCount()).toBe(2);
  });

  it('turns a Machine becoming Available into a provisioning duration sample', () => {
    const { fleet, change } = fakeFleet([machine('False', '2026-11-21T10:00:00Z')]);
    const recorder = new TransitionRecorder({ fleet, write: async () => undefined, flushMs: 60_000 });
    recorders.push(recorder.start());
    change([machine('True', '2026-11-21T10:12:00Z')]);
    expect(recorder.samples()).toEqual([{ activity: 'machine-provisioning', durationSeconds: 720, provider: 'unknown' }]);
  });

  it('counts a Machine once even when it turns Available again, and writes the duration', async () => {
    const written: ActivityDurationRow[] = [];
    const { fleet, change } = fakeFleet([machine('False', '2026-11-21T10:00:00Z')]);
    const recorder = new TransitionRecorder({ fleet, write: async () => undefined, writeDurations: async (rows) => void written.push(...rows), flushMs: 60_000 });
    recorders.push(recorder.start());
    change([machine('True', '2026-11-21T10:12:00Z')]);
    change([machine('False', '2026-11-21T11:00:00Z')]);
    change([machine('True', '2026-11-21T11:30:00Z')]);
    await recorder.flush();
    expect(recorder.samples()).toHaveLength(1);
    expect(written).toEqual([expect.objectContaining({ uid: 'uid-1', activity: 'machine-provisioning', seconds: 720, startedAt: new Date('2026-11-21T10:00:00Z'), finishedAt: new Date('2026-11-21T10:12:00Z') })]);
  });

  it('takes no duration from a condition already True at first sight (start-up or restart)', async () => {
    const { fleet } = fakeFleet([machine('True', '2026-11-21T10:12:00Z')]);
    const recorder = new TransitionRecorder({ fleet, write: async () => undefined, writeDurations: () => Promise.reject(new Error('must not write')), flushMs: 60_000 });
    recorders.push(recorder.start());
    await recorder.flush();
    expect(recorder.samples()).toEqual([]);
    expect(recorder.pendingCount()).toBe(0);
  });

  it('starts from the persisted history and puts it before what it observes', async () => {
    const stored = { managementCluster: 'mc', kind: 'Machine', namespace: 'ns', name: 'old', uid: 'uid-0', activity: 'machine-provisioning' as const, clusterClass: 'quick-start', provider: 'aws', startedAt: new Date(0), finishedAt: new Date(300_000), seconds: 300 };
    const { fleet, change } = fakeFleet([machine('False', '2026-11-21T10:00:00Z')]);
    const recorder = new TransitionRecorder({ fleet, write: async () => undefined, loadDurations: async () => [stored], flushMs: 60_000 });
    recorders.push(recorder.start());
    change([machine('True', '2026-11-21T10:12:00Z')]);
    await recorder.ready;
    expect(recorder.samples().map((s) => s.durationSeconds)).toEqual([300, 720]);
    expect(recorder.samples()[0]).toEqual({ activity: 'machine-provisioning', durationSeconds: 300, provider: 'aws', clusterClass: 'quick-start' });
  });
});
