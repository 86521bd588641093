// Who may approve or reject a change request. The database refuses self-approval and a second
// decision by the same person; this adds the policy's approver groups and explains refusals.
import { hasPermission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/user';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PolicySnapshot } from './resolve-policy';

export interface DecideCheck {
  user: User;
  config: Pick<QuarterdeckConfig, 'roleMapping' | 'teams'>;
  policy: PolicySnapshot;
  requesterId: string;
  state: string;
  decidedBy: readonly string[];
}

// The User carries roles and teams, not raw groups: a group counts when it grants one of the
// user's roles (roleMapping) or makes the user a member of one of their teams.
function groupsOf(user: User, config: DecideCheck['config']): Set<string> {
  const groups = new Set<string>();
  for (const role of user.roles) for (const group of config.roleMapping[role] ?? []) groups.add(group);
  for (const team of config.teams) if (user.teams.includes(team.name)) for (const group of team.groups) groups.add(group);
  return groups;
}

/** null when the user may decide, else the reason shown next to the disabled buttons. */
export function whyCannotDecide(check: DecideCheck): string | null {
  if (check.state !== 'pending') return `the request is ${check.state}`;
  if (!hasPermission(check.user.roles, 'requests:approve')) return 'you are not an approver';
  if (check.user.id === check.requesterId) return 'you requested it';
  if (check.decidedBy.includes(check.user.id)) return 'you already decided';
  if (check.policy.approverGroups.length === 0 || check.user.roles.includes('admin')) return null;
  const groups = groupsOf(check.user, check.config);
  if (check.policy.approverGroups.some((group) => groups.has(group))) return null;
  return `policy ${check.policy.name} needs an approver from ${check.policy.approverGroups.join(', ')}`;
}
