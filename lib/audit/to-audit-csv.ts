import type { AuditEventView } from './audit-event-view';

const HEADER = ['id', 'occurredAt', 'actorId', 'actorName', 'actorEmail', 'actorRoles', 'actorIp', 'action', 'managementCluster', 'kind', 'namespace', 'name', 'requestId', 'payload', 'hash'];

/**
 * One CSV cell. Spreadsheets execute cells that start with = + - @ (and tab/CR, which some
 * strip first), so those get a leading apostrophe; then RFC 4180 quoting.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsvRow(event: AuditEventView): string {
  return [
    event.id,
    event.occurredAt,
    event.actor.id,
    event.actor.name,
    event.actor.email,
    event.actor.roles.join(' '),
    event.actor.ip,
    event.action,
    event.target.managementCluster,
    event.target.kind,
    event.target.namespace,
    event.target.name,
    event.requestId,
    event.payload,
    event.hash,
  ]
    .map(csvCell)
    .join(',');
}

/** The whole export: a header line, then one line per event, CRLF-separated. */
export function toAuditCsv(events: readonly AuditEventView[]): string {
  return [HEADER.join(','), ...events.map(auditCsvRow)].join('\r\n') + '\r\n';
}
