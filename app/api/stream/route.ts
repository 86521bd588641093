// GET /api/stream – server-sent events: coalesced fleet changes and management-cluster status
import { openFleetStream } from '@/lib/fleet/stream/open-fleet-stream';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'fleet:read',
  handler: async ({ request }) =>
    new Response(openFleetStream({ lastEventId: request.headers.get('last-event-id'), signal: request.signal }), {
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
    }),
});
