// Request bodies of the admin API, validated at the boundary.
import { z } from 'zod';
import { OBJECT_FAULTS } from '../core/fault-names';

export const faultsPatchSchema = z.strictObject({
  unreachable: z.boolean().optional(),
  latencyMs: z.number().int().min(0, 'latencyMs must be 0 or more').max(600_000, 'latencyMs must be at most 600000').optional(),
  dropWatchesAfterMs: z.number().int().min(1, 'dropWatchesAfterMs must be at least 1 (null: never)').nullable().optional(),
  errorRate: z.number().min(0, 'errorRate must be between 0 and 1').max(1, 'errorRate must be between 0 and 1').optional(),
  goneStorm: z.boolean().optional(),
});

export const objectTargetSchema = z.strictObject({
  kind: z.enum(['Cluster', 'MachineDeployment']),
  namespace: z.string().min(1),
  name: z.string().min(1),
});

export const setObjectFaultSchema = objectTargetSchema.extend({ fault: z.enum(OBJECT_FAULTS) });

export type ObjectTarget = z.infer<typeof objectTargetSchema>;
