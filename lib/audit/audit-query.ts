import { z } from 'zod';

const text = z.string().trim().min(1).max(200);
// Empty strings come from cleared form fields in the URL: treat them as "no filter".
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), text.optional());
const optionalDate = z.preprocess((value) => (value === '' ? undefined : value), z.coerce.date().optional());

/** Query of GET /api/audit and of the audit page's URL. */
export const auditQuerySchema = z.object({
  /** Actor id, name or e-mail (case-insensitive, exact). */
  actor: optionalText,
  /** Exact action, or a prefix ending in "." (`change-request.`). */
  action: optionalText,
  /** A team from the config: matches events whose target namespace is one of the team's. */
  team: optionalText,
  managementCluster: optionalText,
  namespace: optionalText,
  /** Target object name (the workload cluster). */
  name: optionalText,
  requestId: z.preprocess((value) => (value === '' ? undefined : value), z.uuid().optional()),
  from: optionalDate,
  to: optionalDate,
  before: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.bigint().optional()),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  format: z.enum(['json', 'csv']).default('json'),
});

export type AuditQuery = z.output<typeof auditQuerySchema>;
export type AuditQueryInput = z.input<typeof auditQuerySchema>;
