import type { DiffEntry } from './request-types';

export type DiffRowKind = 'added' | 'removed' | 'changed';
export interface DiffRow {
  path: string;
  kind: DiffRowKind;
  before: string;
  after: string;
}

/** A value as the diff shows it: scalars as themselves, objects as indented JSON, absent as ''. */
export function formatDiffValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value, null, 2);
}

/** The manifest diff as rows, sorted by path; unchanged entries are dropped. */
export function buildDiffRows(diff: readonly DiffEntry[]): DiffRow[] {
  return diff
    .map((entry) => {
      const absentBefore = entry.before === undefined || entry.before === null;
      const absentAfter = entry.after === undefined || entry.after === null;
      const kind: DiffRowKind = absentBefore ? 'added' : absentAfter ? 'removed' : 'changed';
      return { path: entry.path, kind, before: formatDiffValue(entry.before), after: formatDiffValue(entry.after) };
    })
    .filter((row) => row.before !== row.after)
    .sort((a, b) => a.path.localeCompare(b.path));
}
