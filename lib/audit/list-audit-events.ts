import { z } from 'zod';
import type { PrismaClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { AuditEventRow } from './audit-event-types';

export const auditEventFilterSchema = z.object({
  actorId: z.string().min(1).optional(),
  /** Exact action, or a prefix ending in "." (`change-request.`) for a family of actions. */
  action: z.string().min(1).optional(),
  managementCluster: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  namespace: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  requestId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  /** The last id of the previous page (newest first). */
  before: z.coerce.bigint().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export type AuditEventFilter = z.input<typeof auditEventFilterSchema>;

/** One page of audit events, newest first, filtered on the indexed columns. */
export async function listAuditEvents(prisma: PrismaClient, filter: AuditEventFilter): Promise<{ events: AuditEventRow[]; nextBefore: string | null }> {
  const f = auditEventFilterSchema.parse(filter);
  const where: Prisma.AuditEventWhereInput = {
    actorId: f.actorId,
    action: f.action?.endsWith('.') ? { startsWith: f.action } : f.action,
    targetManagementCluster: f.managementCluster,
    targetKind: f.kind,
    targetNamespace: f.namespace,
    targetName: f.name,
    requestId: f.requestId?.toLowerCase(),
    occurredAt: f.from || f.to ? { gte: f.from, lt: f.to } : undefined,
    id: f.before === undefined ? undefined : { lt: f.before },
  };
  const rows = await prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: f.limit + 1 });
  const events = rows.slice(0, f.limit);
  return { events, nextBefore: rows.length > f.limit ? (events.at(-1)?.id.toString() ?? null) : null };
}
