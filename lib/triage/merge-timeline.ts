import { type ObjectEvent, type TimelineEntry } from './triage-types';
import { type TransitionRow } from './diff-transitions';

export const TIMELINE_LIMIT = 500;

export interface AuditTimelineRow {
  occurredAt: Date;
  actorName: string;
  action: string;
  targetKind: string | null;
  targetName: string | null;
}

function auditSeverity(action: string): TimelineEntry['severity'] {
  if (/\.(failed|stuck)$/.test(action)) return 'error';
  return /\.(rejected|cancelled|expired|deleted)$/.test(action) ? 'warning' : 'normal';
}

function conditionSeverity(row: Pick<TransitionRow, 'conditionType' | 'status'>): TimelineEntry['severity'] {
  if (row.status === 'True') return 'normal';
  return row.status === 'False' ? 'error' : 'warning';
}

/** Condition transitions and Events of one cluster in one list, newest first. */
export function mergeTimeline(options: {
  transitions: readonly Pick<TransitionRow, 'kind' | 'name' | 'conditionType' | 'status' | 'reason' | 'message' | 'transitionAt'>[];
  events: readonly { kind: string; name: string; event: ObjectEvent }[];
  /** Audit rows whose target is the cluster (only for callers allowed to read the audit trail). */
  audits?: readonly AuditTimelineRow[];
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
    ...(options.audits ?? []).map((row) => ({
      source: 'audit' as const,
      at: row.occurredAt.toISOString(),
      objectKind: row.targetKind ?? 'Cluster',
      objectName: row.targetName ?? '',
      title: `${row.action} by ${row.actorName}`,
      status: null,
      reason: row.action,
      message: null,
      severity: auditSeverity(row.action),
    })),
  ];
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, options.limit ?? TIMELINE_LIMIT);
}
