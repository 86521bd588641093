import { type TriageGroup, type TriageRow } from './triage-types';

const SEVERITY_RANK = { critical: 0, warning: 1 } as const;

/** Most severe first, then the longest-running (oldest `since`; rows without one last), then by id for stability. */
export function compareTriageRows(a: TriageRow, b: TriageRow): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.since ?? '\uffff').localeCompare(b.since ?? '\uffff') ||
    a.clusterId.localeCompare(b.clusterId)
  );
}

/** Groups rows by cause class; groups with critical rows first, then the bigger ones. */
export function groupTriageRows(rows: readonly TriageRow[]): TriageGroup[] {
  const groups = new Map<TriageRow['cause'], TriageRow[]>();
  for (const row of [...rows].sort(compareTriageRows)) {
    const list = groups.get(row.cause) ?? [];
    list.push(row);
    groups.set(row.cause, list);
  }
  const criticals = (group: TriageRow[]) => group.filter((row) => row.severity === 'critical').length;
  return [...groups.entries()]
    .sort(([causeA, a], [causeB, b]) => criticals(b) - criticals(a) || b.length - a.length || causeA.localeCompare(causeB))
    .map(([cause, list]) => ({ cause, rows: list }));
}
