// Shared by the change request integration tests: users, a config, and requests inserted
// without the planning step (which needs a management cluster).
import type { User } from '@/lib/auth/user';
import { configSchema, type QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PrismaClient } from '@/lib/db/client';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import type { ApplyPlan } from '../apply-plan';
import { actorOf } from '../change-request-actor';
import { insertChangeRequest } from '../insert-change-request';
import type { PolicySnapshot } from '../resolve-policy';

export const alice: User = { id: 'demo:alice', name: 'Alice Requester', email: 'alice@example.com', roles: ['requester'], teams: ['payments'], via: 'session' };
export const bob: User = { id: 'demo:bob', name: 'Bob Approver', email: null, roles: ['approver'], teams: ['platform'], via: 'session' };
export const carol: User = { id: 'demo:carol', name: 'Carol Approver', email: null, roles: ['approver'], teams: ['platform'], via: 'session' };
export const dave: User = { id: 'demo:dave', name: 'Dave Approver', email: null, roles: ['approver'], teams: [], via: 'session' };

export function testConfig(overrides: Partial<QuarterdeckConfig> = {}): QuarterdeckConfig {
  return {
    ...configSchema.parse({
      teams: [
        { name: 'payments', namespaces: ['team-payments'], groups: ['team-payments'] },
        { name: 'platform', namespaces: ['platform-system'], groups: ['platform'] },
      ],
      roleMapping: { requester: ['app-teams'], approver: ['platform-approvers'], admin: ['admins'] },
    }),
    ...overrides,
  };
}

export function pausePlan(options: { name: string; namespace?: string; paused?: boolean; resourceVersion?: string }): ApplyPlan {
  const metadata = { name: options.name, namespace: options.namespace ?? 'team-payments', ...(options.resourceVersion ? { resourceVersion: options.resourceVersion } : {}) };
  return { steps: [{ op: 'apply', fieldManager: options.resourceVersion ? 'quarterdeck-pause' : 'quarterdeck', force: options.resourceVersion !== undefined, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata, spec: { paused: options.paused ?? true } } }] };
}

export async function insertTestRequest(options: {
  prisma: PrismaClient;
  config: QuarterdeckConfig;
  clusterName: string;
  managementCluster?: string;
  plan?: ApplyPlan;
  policy?: Partial<PolicySnapshot>;
  type?: 'create-cluster' | 'pause';
  observedResourceVersion?: string;
}): Promise<ChangeRequestModel> {
  const policy: PolicySnapshot = { name: 'test', approvalsRequired: 1, approverGroups: [], autoApprove: false, ...options.policy };
  const type = options.type ?? 'pause';
  const payload = type === 'pause' ? { type, managementCluster: options.managementCluster ?? 'mgmt-test', namespace: 'team-payments', clusterName: options.clusterName } : { type };
  return await options.prisma.$transaction(async (tx) =>
    insertChangeRequest(tx, {
      config: options.config,
      request: {
        type,
        actor: actorOf(alice),
        team: 'payments',
        managementCluster: options.managementCluster ?? 'mgmt-test',
        namespace: 'team-payments',
        clusterName: options.clusterName,
        payload,
        plan: options.plan ?? pausePlan({ name: options.clusterName }),
        policy,
        observedResourceVersion: options.observedResourceVersion ?? null,
      },
    }),
  );
}
