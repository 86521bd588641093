// Request bodies of the admin API, validated at the boundary.
import { z } from 'zod';
import { OBJECT_FAULTS } from '../core/fault-names';

export const faultsPatchSchema = z.strictObject({
  unreachable: z.boolean().optional(),
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  dropWatchesAfterMs: z.number().int().min(1).nullable().optional(),
  errorRate: z.number().min(0).max(1).optional(),
  goneStorm: z.boolean().optional(),
});

export const objectTargetSchema = z.strictObject({
  kind: z.enum(['Cluster', 'MachineDeployment']),
  namespace: z.string().min(1),
  name: z.string().min(1),
});

export const setObjectFaultSchema = objectTargetSchema.extend({ fault: z.enum(OBJECT_FAULTS) });

export type ObjectTarget = z.infer<typeof objectTargetSchema>;
