// GET /api/skew – Kubernetes version skew across the fleet (JSON, or CSV with ?format=csv)
import { z } from 'zod';
import { getFleetSkew } from '@/lib/fleet/skew/get-fleet-skew';
import { skewToCsv } from '@/lib/fleet/skew/skew-to-csv';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  query: z.object({ format: z.enum(['json', 'csv']).default('json') }),
  handler: async ({ query }) => {
    const report = getFleetSkew();
    if (query.format === 'json') return report;
    return new Response(skewToCsv(report), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="version-skew-${report.generatedAt.slice(0, 10)}.csv"`, 'cache-control': 'no-store' },
    });
  },
});
