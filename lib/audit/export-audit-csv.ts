import type { PrismaClient } from '@/lib/db/client';
import type { AuditQuery } from './audit-query';
import { searchAuditEvents } from './search-audit-events';
import { toAuditCsv } from './to-audit-csv';

/** Rows in one export; beyond this the user narrows the filters (the file says so in its name). */
export const CSV_EXPORT_LIMIT = 10_000;

/** Every event matching the filters (up to the export limit) as a CSV download. */
export async function exportAuditCsv(options: { prisma: PrismaClient; query: Omit<AuditQuery, 'format' | 'limit'>; teams: readonly { name: string; namespaces: readonly string[] }[] }): Promise<Response> {
  const events = [];
  let before = options.query.before;
  let truncated = false;
  for (;;) {
    const page = await searchAuditEvents({ ...options, query: { ...options.query, before, limit: 500 } });
    events.push(...page.events);
    if (page.nextBefore === null) break;
    if (events.length >= CSV_EXPORT_LIMIT) {
      truncated = true;
      break;
    }
    before = BigInt(page.nextBefore);
  }
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  return new Response(toAuditCsv(events.slice(0, CSV_EXPORT_LIMIT)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename=audit-${stamp}${truncated ? '-first-10000' : ''}.csv`,
      'cache-control': 'no-store',
    },
  });
}
