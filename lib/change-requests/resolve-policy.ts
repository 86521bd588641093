// Which approval policy applies to a change: the first `policies.approvals` entry whose match
// (teams, namespaces, management-cluster labels) fits. Pure, so it is table-tested.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { ChangeRequestType } from '@/lib/db/enums';

export interface PolicySnapshot {
  name: string;
  approvalsRequired: number;
  approverGroups: string[];
  autoApprove: boolean;
}

/** With no matching policy: one approval by any approver. */
export const DEFAULT_POLICY: PolicySnapshot = { name: 'default', approvalsRequired: 1, approverGroups: [], autoApprove: false };

export interface ResolvePolicyOptions {
  config: Pick<QuarterdeckConfig, 'policies'>;
  type: ChangeRequestType;
  team: string | null;
  namespace: string;
  managementClusterLabels: Record<string, string>;
}

export function resolvePolicy(options: ResolvePolicyOptions): PolicySnapshot {
  const matched = options.config.policies.approvals.find(({ match }) => {
    if (match.teams?.length && !(options.team !== null && match.teams.includes(options.team))) return false;
    if (match.namespaces?.length && !match.namespaces.includes(options.namespace)) return false;
    return Object.entries(match.managementClusterLabels ?? {}).every(([key, value]) => options.managementClusterLabels[key] === value);
  });
  const policy: PolicySnapshot = matched
    ? { name: matched.name, approvalsRequired: matched.approvalsRequired, approverGroups: [...matched.approverGroups], autoApprove: matched.autoApprove }
    : { ...DEFAULT_POLICY };
  if (options.type === 'delete-cluster') {
    // Deleting a cluster is never automatic: at least one other person signs it off.
    return { ...policy, autoApprove: false, approvalsRequired: Math.max(1, policy.approvalsRequired) };
  }
  if (policy.autoApprove) return { ...policy, approvalsRequired: 0 };
  // A policy that requires nothing and is not auto-approve still needs someone to look.
  return { ...policy, approvalsRequired: Math.max(1, policy.approvalsRequired) };
}

/** The team that owns a namespace, from the config. */
export function teamOfNamespace(config: Pick<QuarterdeckConfig, 'teams'>, namespace: string): string | null {
  return config.teams.find((team) => team.namespaces.includes(namespace))?.name ?? null;
}
