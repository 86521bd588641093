import type { PrismaClient } from '@/lib/db/client';
import { GENESIS_HASH } from './audit-event-types';
import { computeAuditHash } from './compute-audit-hash';

export type AuditChainVerdict = { ok: true; count: number } | { ok: false; firstBadId: string; reason: string; count: number };

/**
 * Walks the whole audit log in id order, in batches, recomputing every hash. Any edited,
 * inserted or removed row (by someone who bypassed the append-only triggers) breaks the
 * chain at or right after it. `count` is the number of rows checked.
 */
export async function verifyAuditChain(prisma: PrismaClient, options: { batchSize?: number } = {}): Promise<AuditChainVerdict> {
  const batchSize = options.batchSize ?? 1000;
  let expectedPrev = GENESIS_HASH;
  let afterId: bigint | undefined;
  let count = 0;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: afterId === undefined ? {} : { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { ok: false, firstBadId: row.id.toString(), count, reason: `prevHash does not match the hash of the row before it: a row was removed, inserted or re-hashed before event ${row.id}` };
      }
      if (computeAuditHash(row.prevHash, row) !== row.hash) {
        return { ok: false, firstBadId: row.id.toString(), count, reason: `content of event ${row.id} does not match its hash: the row was modified` };
      }
      expectedPrev = row.hash;
      afterId = row.id;
      count += 1;
    }
    if (rows.length < batchSize) return { ok: true, count };
  }
}
