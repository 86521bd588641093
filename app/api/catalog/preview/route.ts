// POST /api/catalog/preview – the Cluster manifest a request would create and the management cluster's server-side dry-run verdict (200 even when it fails)
import { z } from 'zod';
import { previewClusterRequest } from '@/lib/catalog/preview-cluster-request';
import { defineRoute } from '@/lib/http/define-route';

export const dynamic = 'force-dynamic';

// The form posts on every change, half-filled included: previewClusterRequest reports what is wrong as field errors.
const body = z.record(z.string(), z.unknown());

export const POST = defineRoute({
  permission: 'requests:create',
  body,
  handler: async ({ user, body: input }) => previewClusterRequest({ user, input }),
});
