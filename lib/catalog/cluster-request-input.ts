// The request form's values as the browser (or a CI pipeline) sends them. Pure zod, no server
// imports: the form, the preview route and POST /api/change-requests share it.
import { z } from 'zod';

const dnsLabel = z
  .string()
  .min(1, 'is required')
  .max(63, 'must be at most 63 characters')
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase DNS label (a-z, 0-9, "-")');

export const workerPoolInputSchema = z.strictObject({
  class: z.string().min(1, 'is required'),
  name: dnsLabel,
  replicas: z.number().int().min(0).max(1000),
  overrides: z.record(z.string(), z.unknown()).default({}),
});

export const clusterRequestInputSchema = z.strictObject({
  /** Where the ClusterClass lives (and where the cluster is created). */
  managementCluster: dnsLabel,
  classNamespace: dnsLabel,
  className: z.string().min(1),
  /** The new cluster: name and the requesting team's namespace. */
  name: dnsLabel,
  namespace: dnsLabel,
  version: z.string().regex(/^v\d+\.\d+\.\d+$/, 'must look like v1.34.1'),
  controlPlaneReplicas: z.number().int().refine((n) => n === 1 || n === 3 || n === 5, 'must be 1, 3 or 5'),
  workers: z.array(workerPoolInputSchema).max(20),
  variables: z.record(z.string(), z.unknown()).default({}),
});

export type WorkerPoolInput = z.infer<typeof workerPoolInputSchema>;
export type ClusterRequestInput = z.infer<typeof clusterRequestInputSchema>;
