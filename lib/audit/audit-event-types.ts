import type { AuditEventModel } from '@/lib/db/generated/models/AuditEvent';

/** Who did it, as known at the time (a snapshot: later renames do not rewrite history). */
export type AuditActor = {
  id: string;
  name: string;
  email?: string | null;
  roles?: readonly string[];
  ip?: string | null;
  userAgent?: string | null;
};

/** What it was done to. All optional: `auth.signed-in` has no target. */
export type AuditTarget = {
  managementCluster?: string | null;
  kind?: string | null;
  namespace?: string | null;
  name?: string | null;
};

export type AuditEventInput = {
  actor: AuditActor;
  /** Dotted, past tense: `change-request.approved`, `kubeconfig.downloaded`, `auth.signed-in`. */
  action: string;
  target?: AuditTarget;
  /** The change request this event belongs to (uuid). */
  requestId?: string | null;
  /** Details or before/after; secrets are redacted before storing. */
  payload?: unknown;
};

export type AuditEventRow = AuditEventModel;

/** prevHash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);
