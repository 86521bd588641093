import { hasPermission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/user';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { ApprovalDecision, ChangeRequestState, ChangeRequestType } from '@/lib/db/enums';
import type { ApprovalModel } from '@/lib/db/generated/models/Approval';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { applyPlanSchema, manifestOfPlan } from './apply-plan';
import { whyCannotDecide } from './can-decide';
import type { ChangeRequestProgress, ChangeRequestView, DiffEntry } from './change-request-view';
import { parsePolicy } from './parse-policy';

export interface ToViewOptions {
  row: ChangeRequestModel & { approvals: ApprovalModel[] };
  user: User;
  config: QuarterdeckConfig;
  diff?: DiffEntry[];
  progress?: ChangeRequestProgress | null;
}

export function toChangeRequestView(options: ToViewOptions): ChangeRequestView {
  const { row, user } = options;
  const policy = parsePolicy(row.policy);
  const plan = applyPlanSchema.safeParse(row.manifest);
  const whyNot = whyCannotDecide({ user, config: options.config, policy, requesterId: row.requesterId, state: row.state, decidedBy: row.approvals.map((approval) => approval.approverId) });
  const mayCancel = row.requesterId === user.id || hasPermission(user.roles, 'admin');
  return {
    id: row.id,
    type: row.type as ChangeRequestType,
    state: row.state as ChangeRequestState,
    requester: { id: row.requesterId, name: row.requesterName, team: row.requesterTeam },
    managementCluster: row.managementCluster,
    namespace: row.namespace,
    clusterName: row.clusterName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    readyAt: row.readyAt?.toISOString() ?? null,
    requiredApprovals: row.requiredApprovals,
    approvals: row.approvals
      .toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((approval) => ({ approverId: approval.approverId, approverName: approval.approverName, decision: approval.decision as ApprovalDecision, comment: approval.comment, createdAt: approval.createdAt.toISOString() })),
    policy,
    manifest: plan.success ? manifestOfPlan(plan.data) : row.manifest,
    diff: options.diff ?? [],
    ttlHours: row.ttlSeconds === null ? null : row.ttlSeconds / 3600,
    failureMessage: row.failureMessage,
    apiAuditId: row.apiAuditId,
    payload: row.payload,
    canApprove: whyNot === null,
    canCancel: mayCancel && (row.state === 'pending' || row.state === 'approved'),
    whyNot,
    cluster: { managementCluster: row.managementCluster, namespace: row.namespace, name: row.clusterName, href: `/clusters/${encodeURIComponent(row.managementCluster)}/${encodeURIComponent(row.namespace)}/${encodeURIComponent(row.clusterName)}` },
    progress: options.progress ?? null,
  };
}
