// Allowed values of the text columns guarded by CHECK constraints in prisma/migrations.
// The initial migration's CHECKs are tested against these lists (lib/db/enums.test.ts).

export const CHANGE_REQUEST_TYPES = ['create-cluster', 'scale-pool', 'upgrade-version', 'pause', 'resume', 'delete-cluster'] as const;
export type ChangeRequestType = (typeof CHANGE_REQUEST_TYPES)[number];

export const CHANGE_REQUEST_STATES = ['pending', 'approved', 'applying', 'applied', 'provisioning', 'ready', 'rejected', 'failed', 'cancelled', 'expired'] as const;
export type ChangeRequestState = (typeof CHANGE_REQUEST_STATES)[number];

export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const OUTBOX_JOB_KINDS = ['apply'] as const;
export type OutboxJobKind = (typeof OUTBOX_JOB_KINDS)[number];

export const OUTBOX_JOB_STATES = ['pending', 'running', 'done', 'failed'] as const;
export type OutboxJobState = (typeof OUTBOX_JOB_STATES)[number];

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const CONDITION_STATUSES = ['True', 'False', 'Unknown'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/** The StuckActivity values of lib/capi/stuck/types.ts. */
export const ACTIVITY_KINDS = ['machine-provisioning', 'cluster-provisioning', 'deletion', 'rollout'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
