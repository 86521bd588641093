// The change-request shapes the UI reads (contract of issue 6, H2's ChangeRequestView).
// Optional fields are read defensively: the detail page must render whatever the API knows.
import type { ChangeRequestInput } from '@/lib/change-requests/change-request-input';
import type { ChangeRequestState, ChangeRequestType } from '@/lib/db/enums';

export interface ApprovalView {
  approverId: string;
  approverName: string;
  decision: 'approve' | 'reject';
  comment: string | null;
  createdAt: string;
}

export interface DiffEntry {
  path: string;
  before: unknown;
  after: unknown;
}

export interface ChangeRequestView {
  id: string;
  type: ChangeRequestType;
  state: ChangeRequestState;
  requester: { id: string; name: string; team?: string | null };
  managementCluster: string;
  namespace: string;
  clusterName: string;
  createdAt: string;
  updatedAt: string;
  requiredApprovals: number;
  approvals: ApprovalView[];
  policy: { name: string; approvalsRequired: number; approverGroups: string[]; autoApprove: boolean };
  manifest?: unknown;
  diff?: DiffEntry[];
  payload?: ChangeRequestInput;
  ttlHours?: number | null;
  failureMessage?: string | null;
  apiAuditId?: string | null;
  canApprove: boolean;
  canCancel: boolean;
  whyNot?: string | null;
  progress?: { phase?: string | null; health?: string | null; stuckReason?: string | null } | null;
}

export interface ChangeRequestList {
  items: ChangeRequestView[];
}
