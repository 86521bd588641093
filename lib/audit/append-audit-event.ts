import { z } from 'zod';
import type { Prisma } from '@/lib/db/generated/client';
import { canonicalJson } from './canonical-json';
import { computeAuditHash } from './compute-audit-hash';
import { GENESIS_HASH, type AuditEventInput, type AuditEventRow } from './audit-event-types';
import { redactSecrets } from './redact-secrets';

// One chain, one writer at a time: the transaction-scoped advisory lock is held until the
// caller commits, so the next writer reads this row's hash as its prevHash.
export const AUDIT_CHAIN_LOCK_KEY = 0x5144_4155; // "QDAU"

const inputSchema = z.object({
  actor: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  action: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, 'action must look like `change-request.approved`'),
  requestId: z.uuid().nullish(),
});

/**
 * Appends one event to the hash-chained audit log. Must run inside the caller's
 * transaction (`prisma.$transaction(async (tx) => …)`), so the audit row commits or rolls
 * back with the state change it describes. READ COMMITTED only: a snapshot taken before
 * the lock would hide the previous writer's row and fork the chain.
 */
export async function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditEventInput): Promise<AuditEventRow> {
  // Interactive-transaction clients lack $connect; the root client has it.
  if (typeof Reflect.get(tx, '$connect') === 'function') throw new Error('appendAuditEvent must be called with a transaction client (inside prisma.$transaction)');
  inputSchema.parse(input);
  const [session] = await tx.$queryRaw<{ isolation: string }[]>`
    SELECT current_setting('transaction_isolation') AS isolation, pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY}::bigint)::text AS locked`;
  if (session?.isolation !== 'read committed') {
    throw new Error(`appendAuditEvent needs a READ COMMITTED transaction, got ${session?.isolation ?? 'unknown'}`);
  }
  const [last] = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`;
  const [next] = await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id`;
  if (next === undefined) throw new Error('Could not allocate an audit event id');
  const row = {
    id: next.id,
    occurredAt: new Date(),
    actorId: input.actor.id,
    actorName: input.actor.name,
    actorEmail: input.actor.email ?? null,
    actorRoles: [...(input.actor.roles ?? [])],
    actorIp: input.actor.ip ?? null,
    actorUserAgent: input.actor.userAgent ?? null,
    action: input.action,
    targetManagementCluster: input.target?.managementCluster ?? null,
    targetKind: input.target?.kind ?? null,
    targetNamespace: input.target?.namespace ?? null,
    targetName: input.target?.name ?? null,
    // Postgres prints uuids in lower case; hash what will be read back.
    requestId: input.requestId?.toLowerCase() ?? null,
    // Stored exactly as hashed: redacted, canonical, and JSON-only (Dates become strings).
    payload: JSON.parse(canonicalJson(redactSecrets(input.payload ?? {}))) as Prisma.InputJsonValue,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  return await tx.auditEvent.create({ data: { ...row, prevHash, hash: computeAuditHash(prevHash, row) } });
}
