import { type ObjectEvent, type TimelineEntry } from './triage-types';
import { type TransitionRow } from './diff-transitions';

export const TIMELINE_LIMIT = 500;

function conditionSeverity(row: Pick<TransitionRow, 'conditionType' | 'status'>): TimelineEntry['severity'] {
  if (row.status === 'True') return 'normal';
  return row.status === 'False' ? 'error' : 'warning';
}

/** Condition transitions and Events of one cluster in one list, newest first. */
export function mergeTimeline(options: {
  transitions: readonly Pick<TransitionRow, 'kind' | 'name' | 'conditionType' | 'status' | 'reason' | 'message' | 'transitionAt'>[];
  events: readonly { kind: string; name: string; event: ObjectEvent }[];
  limit?: number;
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...options.transitions.map((row) => ({
      source: 'condition' as const,
      at: row.transitionAt.toISOString(),
      objectKind: row.kind,
      objectName: row.name,
      title: `${row.conditionType} → ${row.status}`,
      status: row.status,
      reason: row.reason,
      message: row.message,
      severity: conditionSeverity(row),
    })),
    ...options.events
      .filter((item) => item.event.at !== null)
      .map(({ kind, name, event }) => ({
        source: 'event' as const,
        at: event.at ?? '',
        objectKind: kind,
        objectName: name,
        title: `${event.reason}${event.count > 1 ? ` (×${event.count})` : ''}`,
        status: null,
        reason: event.reason,
        message: event.message,
        severity: event.type === 'Warning' ? ('warning' as const) : ('normal' as const),
      })),
  ];
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, options.limit ?? TIMELINE_LIMIT);
}
