import type { PrismaClient } from '@/lib/db/client';
import { appendAuditEvent } from './append-audit-event';
import type { AuditEventInput, AuditEventRow } from './audit-event-types';

/**
 * For events that change no other state (sign-in, kubeconfig download): appends the event
 * in a transaction of its own. State changes must use appendAuditEvent in their transaction.
 */
export async function recordAuditEvent(prisma: PrismaClient, input: AuditEventInput): Promise<AuditEventRow> {
  return await prisma.$transaction((tx) => appendAuditEvent(tx, input));
}
