import type { AuditEventRow } from './audit-event-types';

/** An audit event as the API returns it (JSON-safe: the bigint id is a string). */
export interface AuditEventView {
  id: string;
  occurredAt: string;
  actor: { id: string; name: string; email: string | null; roles: string[]; ip: string | null; userAgent: string | null };
  action: string;
  target: { managementCluster: string | null; kind: string | null; namespace: string | null; name: string | null };
  requestId: string | null;
  payload: unknown;
  hash: string;
}

export interface AuditEventPage {
  events: AuditEventView[];
  nextBefore: string | null;
}

export function toAuditEventView(row: AuditEventRow): AuditEventView {
  return {
    id: row.id.toString(),
    occurredAt: row.occurredAt.toISOString(),
    actor: { id: row.actorId, name: row.actorName, email: row.actorEmail, roles: row.actorRoles, ip: row.actorIp, userAgent: row.actorUserAgent },
    action: row.action,
    target: { managementCluster: row.targetManagementCluster, kind: row.targetKind, namespace: row.targetNamespace, name: row.targetName },
    requestId: row.requestId,
    payload: row.payload,
    hash: row.hash,
  };
}
