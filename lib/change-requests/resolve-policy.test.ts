import { describe, expect, it } from 'vitest';
import { configSchema } from '@/lib/config/config-schema';
import type { ChangeRequestType } from '@/lib/db/enums';
import { resolvePolicy, teamOfNamespace, type PolicySnapshot } from './resolve-policy';

const config = configSchema.parse({
  teams: [
    { name: 'payments', namespaces: ['team-payments'] },
    { name: 'sandbox', namespaces: ['team-sandbox'] },
  ],
  policies: {
    approvals: [
      { name: 'dev', match: { managementClusterLabels: { environment: 'dev' } }, autoApprove: true },
      { name: 'sandbox-team', match: { teams: ['sandbox'] }, approvalsRequired: 0 },
      { name: 'payments-prod', match: { namespaces: ['team-payments'], managementClusterLabels: { environment: 'production' } }, approvalsRequired: 3, approverGroups: ['payments-leads'] },
      { name: 'production', match: { managementClusterLabels: { environment: 'production' } }, approvalsRequired: 2, approverGroups: ['platform-approvers'] },
    ],
  },
});

const prod = { environment: 'production' };
const cases: [string, { type: ChangeRequestType; team: string | null; namespace: string; labels: Record<string, string> }, PolicySnapshot][] = [
  ['auto-approves on a dev management cluster', { type: 'create-cluster', team: 'search', namespace: 'team-search', labels: { environment: 'dev' } }, { name: 'dev', approvalsRequired: 0, approverGroups: [], autoApprove: true }],
  ['never auto-approves a delete, even on dev', { type: 'delete-cluster', team: 'search', namespace: 'team-search', labels: { environment: 'dev' } }, { name: 'dev', approvalsRequired: 1, approverGroups: [], autoApprove: false }],
  ['takes the first matching policy (namespace + labels before labels only)', { type: 'scale-pool', team: 'payments', namespace: 'team-payments', labels: prod }, { name: 'payments-prod', approvalsRequired: 3, approverGroups: ['payments-leads'], autoApprove: false }],
  ['requires two approvals in production for another team', { type: 'create-cluster', team: 'search', namespace: 'team-search', labels: prod }, { name: 'production', approvalsRequired: 2, approverGroups: ['platform-approvers'], autoApprove: false }],
  ['needs at least one approval when a policy requires zero without auto-approve', { type: 'pause', team: 'sandbox', namespace: 'team-sandbox', labels: {} }, { name: 'sandbox-team', approvalsRequired: 1, approverGroups: [], autoApprove: false }],
  ['falls back to one approval by any approver', { type: 'resume', team: null, namespace: 'other', labels: { environment: 'staging' } }, { name: 'default', approvalsRequired: 1, approverGroups: [], autoApprove: false }],
  ['does not match a team policy when the team is unknown', { type: 'pause', team: null, namespace: 'team-sandbox', labels: {} }, { name: 'default', approvalsRequired: 1, approverGroups: [], autoApprove: false }],
];

describe('resolvePolicy', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(resolvePolicy({ config, type: input.type, team: input.team, namespace: input.namespace, managementClusterLabels: input.labels })).toEqual(expected);
  });

  it('finds the team that owns a namespace', () => {
    expect(teamOfNamespace(config, 'team-payments')).toBe('payments');
    expect(teamOfNamespace(config, 'kube-system')).toBeNull();
  });
});
