import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { AuditEventRow } from './audit-event-types';

type HashedFields = Omit<AuditEventRow, 'hash' | 'prevHash' | 'payload'> & { payload: unknown };

/** Everything a row says, in one fixed shape; the hash covers all of it. */
function hashedContent(row: HashedFields): Record<string, unknown> {
  return {
    id: row.id.toString(),
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorEmail: row.actorEmail,
    actorRoles: row.actorRoles,
    actorIp: row.actorIp,
    actorUserAgent: row.actorUserAgent,
    action: row.action,
    targetManagementCluster: row.targetManagementCluster,
    targetKind: row.targetKind,
    targetNamespace: row.targetNamespace,
    targetName: row.targetName,
    requestId: row.requestId,
    payload: row.payload,
  };
}

/** hash = sha256_hex(prevHash + canonicalJson(content)), chaining each row to the one before. */
export function computeAuditHash(prevHash: string, row: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(hashedContent(row))).digest('hex');
}
