import { describe, expect, it } from 'vitest';
import { mergeTimeline } from './merge-timeline';

describe('mergeTimeline', () => {
  it('merges transitions and events newest first with severities, skipping events without a time', () => {
    const entries = mergeTimeline({
      transitions: [
        { kind: 'Machine', name: 'm-1', conditionType: 'Ready', status: 'False', reason: 'Provisioning', message: null, transitionAt: new Date('2026-11-21T10:00:00Z') },
        { kind: 'Machine', name: 'm-1', conditionType: 'Ready', status: 'True', reason: null, message: null, transitionAt: new Date('2026-11-21T10:20:00Z') },
      ],
      events: [
        { kind: 'AWSMachine', name: 'm-1', event: { type: 'Warning', reason: 'FailedCreate', message: 'quota', count: 3, at: '2026-11-21T10:10:00Z', source: 'capa' } },
        { kind: 'AWSMachine', name: 'm-1', event: { type: 'Normal', reason: 'Old', message: '', count: 1, at: null, source: '' } },
      ],
    });
    expect(entries.map((e) => [e.at, e.title, e.severity])).toEqual([
      ['2026-11-21T10:20:00.000Z', 'Ready → True', 'normal'],
      ['2026-11-21T10:10:00Z', 'FailedCreate (×3)', 'warning'],
      ['2026-11-21T10:00:00.000Z', 'Ready → False', 'error'],
    ]);
  });

  it('keeps at most the limit', () => {
    const transitions = Array.from({ length: 10 }, (_, i) => ({ kind: 'Machine', name: 'm', conditionType: 'Ready', status: 'True', reason: null, message: null, transitionAt: new Date(Date.UTC(2026, 10, 21, 10, i)) }));
    expect(mergeTimeline({ transitions, events: [], limit: 3 })).toHaveLength(3);
  });

  it.each([
    ['change-request.approved', 'normal'],
    ['change-request.rejected', 'warning'],
    ['change-request.failed', 'error'],
  ] as const)('places the audit row %s among the transitions with severity %s', (action, severity) => {
    const entries = mergeTimeline({
      transitions: [
        { kind: 'Cluster', name: 'c1', conditionType: 'Available', status: 'True', reason: null, message: null, transitionAt: new Date('2026-11-21T10:30:00Z') },
        { kind: 'Cluster', name: 'c1', conditionType: 'Available', status: 'False', reason: null, message: null, transitionAt: new Date('2026-11-21T10:00:00Z') },
      ],
      events: [],
      audits: [{ occurredAt: new Date('2026-11-21T10:10:00Z'), actorName: 'Bob', action, targetKind: 'Cluster', targetName: 'c1' }],
    });
    expect(entries.map((e) => [e.source, e.title, e.severity])).toEqual([
      ['condition', 'Available → True', 'normal'],
      ['audit', `${action} by Bob`, severity],
      ['condition', 'Available → False', 'error'],
    ]);
  });
});
