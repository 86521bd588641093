import { z } from 'zod';

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(',')).filter(Boolean)));

export const CLUSTER_SORT_KEYS = ['name', 'managementCluster', 'namespace', 'team', 'health', 'controlPlaneVersion', 'age', 'phase', 'clusterClass'] as const;
export type ClusterSortKey = (typeof CLUSTER_SORT_KEYS)[number];

/** GET /api/clusters query: filters (repeatable or comma-separated), free text, sort, paging. */
export const clusterQuerySchema = z.object({
  managementCluster: list,
  team: list,
  clusterClass: list,
  provider: list,
  /** Control-plane minor (`v1.33`) or exact version (`v1.33.4`). */
  version: list,
  health: list,
  phase: list,
  q: z.string().max(200).optional(),
  sort: z.enum(CLUSTER_SORT_KEYS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export type ClusterQuery = z.infer<typeof clusterQuerySchema>;
