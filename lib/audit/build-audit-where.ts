import type { Prisma } from '@/lib/db/generated/client';
import type { AuditQuery } from './audit-query';

/**
 * The Prisma filter for an audit query. `teamNamespaces` is the resolved team (undefined: no
 * team filter; empty: a team without namespaces, which matches nothing).
 */
export function buildAuditWhere(query: Omit<AuditQuery, 'limit' | 'format'>, teamNamespaces?: readonly string[]): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.actor) {
    const equals = { equals: query.actor, mode: 'insensitive' as const };
    and.push({ OR: [{ actorId: equals }, { actorName: equals }, { actorEmail: equals }] });
  }
  if (query.action) and.push({ action: query.action.endsWith('.') ? { startsWith: query.action } : query.action });
  if (teamNamespaces) and.push({ targetNamespace: { in: [...teamNamespaces] } });
  if (query.managementCluster) and.push({ targetManagementCluster: query.managementCluster });
  if (query.namespace) and.push({ targetNamespace: query.namespace });
  if (query.name) and.push({ targetName: query.name });
  if (query.requestId) and.push({ requestId: query.requestId.toLowerCase() });
  if (query.from || query.to) and.push({ occurredAt: { gte: query.from, lt: query.to } });
  if (query.before !== undefined) and.push({ id: { lt: query.before } });
  return and.length === 0 ? {} : { AND: and };
}
