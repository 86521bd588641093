import { z } from 'zod';
import type { PolicySnapshot } from './resolve-policy';

const policySchema = z.object({
  name: z.string().default('default'),
  approvalsRequired: z.number().int().default(1),
  approverGroups: z.array(z.string()).default([]),
  autoApprove: z.boolean().default(false),
});

/** The policy snapshot stored with a change request. */
export function parsePolicy(value: unknown): PolicySnapshot {
  return policySchema.parse(value ?? {});
}
