import type { PrismaClient } from '@/lib/db/client';
import type { AuditQuery } from './audit-query';
import { toAuditEventView, type AuditEventPage } from './audit-event-view';
import { buildAuditWhere } from './build-audit-where';
import { resolveTeamNamespaces } from './resolve-team-namespaces';

/** One page of audit events for the audit page and API, newest first; teams resolve to their namespaces. */
export async function searchAuditEvents(options: { prisma: PrismaClient; query: Omit<AuditQuery, 'format'>; teams: readonly { name: string; namespaces: readonly string[] }[] }): Promise<AuditEventPage> {
  const { query } = options;
  const where = buildAuditWhere(query, resolveTeamNamespaces({ team: query.team, teams: options.teams }));
  const rows = await options.prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: query.limit + 1 });
  const events = rows.slice(0, query.limit).map(toAuditEventView);
  return { events, nextBefore: rows.length > query.limit ? (events.at(-1)?.id ?? null) : null };
}
