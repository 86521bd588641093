// The body of POST /api/change-requests. Pure zod, no server imports: the UI dialogs and CI
// pipelines share it with the route.
import { z } from 'zod';
import { clusterRequestInputSchema } from '@/lib/catalog/cluster-request-input';

const dnsLabel = z.string().min(1).max(63).regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase DNS label (a-z, 0-9, "-")');
const comment = z.string().max(2000).optional();

const target = {
  managementCluster: dnsLabel,
  namespace: dnsLabel,
  clusterName: dnsLabel,
  comment,
};

export const changeRequestInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('create-cluster'), request: clusterRequestInputSchema, ttlHours: z.number().int().min(1).max(24 * 90).optional(), comment }),
  z.strictObject({ type: z.literal('scale-pool'), ...target, pool: z.string().min(1).max(63), replicas: z.number().int().min(0).max(1000) }),
  z.strictObject({ type: z.literal('upgrade-version'), ...target, version: z.string().regex(/^v\d+\.\d+\.\d+$/, 'must look like v1.34.1') }),
  z.strictObject({ type: z.literal('pause'), ...target }),
  z.strictObject({ type: z.literal('resume'), ...target }),
  z.strictObject({ type: z.literal('delete-cluster'), ...target, confirmName: z.string() }),
]);

export type ChangeRequestInput = z.infer<typeof changeRequestInputSchema>;

export const decisionBodySchema = z.strictObject({ comment: z.string().max(2000).optional() });
export const rejectBodySchema = z.strictObject({ comment: z.string().trim().min(1, 'a reason is required').max(2000) });

export const listChangeRequestsQuerySchema = z.object({
  scope: z.enum(['mine', 'to-approve', 'all']).default('all'),
  state: z.union([z.string(), z.array(z.string())]).optional(),
  managementCluster: z.string().optional(),
  namespace: z.string().optional(),
  clusterName: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListChangeRequestsQuery = z.infer<typeof listChangeRequestsQuerySchema>;
