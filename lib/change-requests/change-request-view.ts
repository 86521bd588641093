// What the API returns for a change request (pure types, importable by the UI).
import type { ApprovalDecision, ChangeRequestState, ChangeRequestType } from '@/lib/db/enums';
import type { PolicySnapshot } from './resolve-policy';

export interface DiffEntry {
  path: string;
  before: unknown;
  after: unknown;
}

export interface ChangeRequestProgress {
  /** Cluster status.phase as last read (Pending, Provisioning, Provisioned, Deleting, Failed). */
  phase: string | null;
  /** Cluster condition Available (v1beta2) or Ready (v1beta1). */
  available: boolean | null;
  /** Set when the follower found the cluster stuck. */
  stuckReason: string | null;
}

export interface ChangeRequestView {
  id: string;
  type: ChangeRequestType;
  state: ChangeRequestState;
  requester: { id: string; name: string; team: string | null };
  managementCluster: string;
  namespace: string;
  clusterName: string;
  createdAt: string;
  updatedAt: string;
  appliedAt: string | null;
  readyAt: string | null;
  requiredApprovals: number;
  approvals: { approverId: string; approverName: string; decision: ApprovalDecision; comment: string | null; createdAt: string }[];
  policy: PolicySnapshot;
  /** The object(s) that will be (or were) applied: one object, or a v1 List. */
  manifest: unknown;
  /** Only on GET /api/change-requests/[id]: what the apply changes compared with the object now. */
  diff: DiffEntry[];
  ttlHours: number | null;
  failureMessage: string | null;
  apiAuditId: string | null;
  payload: unknown;
  canApprove: boolean;
  canCancel: boolean;
  /** Why the current user cannot approve, when they cannot. */
  whyNot: string | null;
  cluster: { managementCluster: string; namespace: string; name: string; href: string };
  progress: ChangeRequestProgress | null;
}
