import { describe, expect, it } from 'vitest';
import { compareTriageRows, groupTriageRows } from './sort-triage-rows';
import { type TriageRow } from './triage-types';

function row(overrides: Partial<TriageRow> & Pick<TriageRow, 'clusterId'>): TriageRow {
  return {
    managementCluster: 'mc', namespace: 'ns', cluster: overrides.clusterId, team: null, severity: 'warning', kind: 'stuck', activity: null, stuckObjects: 1,
    link: null, reason: null, message: null, since: '2026-11-21T10:00:00Z', cause: 'unknown', hint: '', nextEvidence: null, href: '/', ...overrides,
  };
}

describe('compareTriageRows', () => {
  it('puts critical rows first, then the oldest, then rows without a start time', () => {
    const rows = [
      row({ clusterId: 'a', since: null }),
      row({ clusterId: 'b', since: '2026-11-21T09:00:00Z' }),
      row({ clusterId: 'c', severity: 'critical', since: '2026-11-21T11:00:00Z' }),
      row({ clusterId: 'd', since: '2026-11-21T08:00:00Z' }),
    ];
    expect(rows.sort(compareTriageRows).map((r) => r.clusterId)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('orders rows with the same severity and age by cluster id so the queue does not jump', () => {
    const rows = [row({ clusterId: 'z' }), row({ clusterId: 'm' })];
    expect(rows.sort(compareTriageRows).map((r) => r.clusterId)).toEqual(['m', 'z']);
  });
});

describe('groupTriageRows', () => {
  it('groups by cause class with the groups holding critical rows first, each group sorted', () => {
    const groups = groupTriageRows([
      row({ clusterId: 'i1', cause: 'infrastructure' }),
      row({ clusterId: 'i2', cause: 'infrastructure' }),
      row({ clusterId: 'd1', cause: 'deletion', severity: 'critical' }),
      row({ clusterId: 'i3', cause: 'infrastructure', severity: 'critical', since: '2026-11-21T11:30:00Z' }),
      row({ clusterId: 'd2', cause: 'deletion', severity: 'critical' }),
      row({ clusterId: 'p1', cause: 'paused' }),
      row({ clusterId: 'p2', cause: 'paused' }),
      row({ clusterId: 'p3', cause: 'paused' }),
      row({ clusterId: 'p4', cause: 'paused' }),
    ]);
    expect(groups.map((g) => g.cause)).toEqual(['deletion', 'infrastructure', 'paused']);
    expect(groups[1]?.rows.map((r) => r.clusterId)).toEqual(['i3', 'i1', 'i2']);
  });

  it('answers an empty queue with no groups', () => {
    expect(groupTriageRows([])).toEqual([]);
  });
});
