import { describe, expect, it } from 'vitest';
import { type NormalizedCondition, type NormalizedObject } from '@/lib/capi/normalize/types';
import { diffTransitions, MESSAGE_LIMIT, truncateMessage } from './diff-transitions';

const now = new Date('2026-11-21T12:00:00Z');

function machine(conditions: NormalizedCondition[], v1beta1Conditions: NormalizedCondition[] = []): NormalizedObject {
  return { id: 'Machine/ns/m-1', kind: 'Machine', namespace: 'ns', name: 'm-1', uid: 'uid-1', conditions, v1beta1Conditions } as unknown as NormalizedObject;
}

const ready = (status: NormalizedCondition['status'], at: string, extra: Partial<NormalizedCondition> = {}): NormalizedCondition => ({ type: 'Ready', status, lastTransitionTime: at, ...extra });

describe('diffTransitions', () => {
  it('records every condition on first sight with its transition time', () => {
    const { rows } = diffTransitions({ managementCluster: 'mc', objects: [machine([ready('False', '2026-11-21T10:00:00Z', { reason: 'Provisioning' })])], previous: new Map(), now });
    expect(rows).toEqual([
      { managementCluster: 'mc', kind: 'Machine', namespace: 'ns', name: 'm-1', uid: 'uid-1', conditionType: 'Ready', status: 'False', reason: 'Provisioning', message: null, transitionAt: new Date('2026-11-21T10:00:00Z') },
    ]);
  });

  it('records nothing when neither status nor transition time changed, even if reason or message did', () => {
    const first = diffTransitions({ managementCluster: 'mc', objects: [machine([ready('False', '2026-11-21T10:00:00Z', { message: '1 of 3' })])], previous: new Map(), now });
    const second = diffTransitions({ managementCluster: 'mc', objects: [machine([ready('False', '2026-11-21T10:00:00Z', { reason: 'Other', message: '2 of 3' })])], previous: first.memory, now });
    expect(second.rows).toEqual([]);
  });

  it.each([
    ['a new status', ready('True', '2026-11-21T11:00:00Z')],
    ['a flap back to the same status with a new time', ready('False', '2026-11-21T11:30:00Z')],
  ])('records %s', (_, next) => {
    const first = diffTransitions({ managementCluster: 'mc', objects: [machine([ready('False', '2026-11-21T10:00:00Z')])], previous: new Map(), now });
    const second = diffTransitions({ managementCluster: 'mc', objects: [machine([next])], previous: first.memory, now });
    expect(second.rows.map((r) => [r.status, r.transitionAt.toISOString()])).toEqual([[next.status, new Date(next.lastTransitionTime ?? '').toISOString()]]);
  });

  it('reads the v1beta1 conditions of objects that have no v1beta2 ones', () => {
    const { rows } = diffTransitions({ managementCluster: 'mc', objects: [machine([], [ready('False', '2026-11-21T10:00:00Z')])], previous: new Map(), now });
    expect(rows[0]).toMatchObject({ conditionType: 'Ready', status: 'False' });
  });

  it('skips a condition without a transition time at first sight (a restart would write it again) and uses now once it changes', () => {
    const first = diffTransitions({ managementCluster: 'mc', objects: [machine([], [{ type: 'Ready', status: 'Unknown' }])], previous: new Map(), now });
    expect(first.rows).toEqual([]);
    const second = diffTransitions({ managementCluster: 'mc', objects: [machine([], [{ type: 'Ready', status: 'False' }])], previous: first.memory, now });
    expect(second.rows[0]).toMatchObject({ conditionType: 'Ready', status: 'False', transitionAt: now });
  });

  it('remembers an object by its own conditions array (no per-condition copies) and records nothing for it again', () => {
    const object = machine([ready('False', '2026-11-21T10:00:00Z')]);
    const first = diffTransitions({ managementCluster: 'mc', objects: [object], previous: new Map(), now });
    expect(first.memory.get('uid-1')).toBe(object.conditions);
    expect(diffTransitions({ managementCluster: 'mc', objects: [object], previous: first.memory, now }).rows).toEqual([]);
  });

  it('forgets objects that disappeared from the snapshot', () => {
    const first = diffTransitions({ managementCluster: 'mc', objects: [machine([ready('True', '2026-11-21T10:00:00Z')])], previous: new Map(), now });
    expect(diffTransitions({ managementCluster: 'mc', objects: [], previous: first.memory, now }).memory.size).toBe(0);
  });
});

describe('truncateMessage', () => {
  it('keeps short messages, drops empty ones and cuts long ones to the limit', () => {
    expect(truncateMessage('short')).toBe('short');
    expect(truncateMessage('')).toBeNull();
    const long = truncateMessage('x'.repeat(2_000));
    expect(long).toHaveLength(MESSAGE_LIMIT);
    expect(long?.endsWith('…')).toBe(true);
  });
});
