// GET /api/audit – audit events newest first (filters: actor, action, team → namespaces, target cluster, from/to; format=csv downloads them)
import { exportAuditCsv } from '@/lib/audit/export-audit-csv';
import { auditQuerySchema } from '@/lib/audit/audit-query';
import { searchAuditEvents } from '@/lib/audit/search-audit-events';
import { getConfig } from '@/lib/config/get-config';
import { getPrisma } from '@/lib/db/client';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'audit:read',
  query: auditQuerySchema,
  handler: async ({ query: { format, ...query } }) => {
    const options = { prisma: getPrisma(), teams: getConfig().config.teams };
    return format === 'csv' ? exportAuditCsv({ ...options, query }) : searchAuditEvents({ ...options, query });
  },
});
