// Checks what the server can check for a submitted change and computes where it goes, what it
// applies and under which policy.
import { hasPermission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/user';
import type { ClassSource } from '@/lib/catalog/class-object';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { AppError } from '@/lib/errors/app-error';
import { findManagementCluster } from '@/lib/k8s/registry/get-registry';
import type { ApplyPlan } from './apply-plan';
import type { ChangeRequestInput } from './change-request-input';
import { planClusterChange } from './plan-cluster-change';
import { planCreateCluster } from './plan-create-cluster';
import { readCluster } from './read-cluster';
import { resolvePolicy, teamOfNamespace, type PolicySnapshot } from './resolve-policy';

export interface PlannedChange {
  managementCluster: string;
  namespace: string;
  clusterName: string;
  team: string | null;
  plan: ApplyPlan;
  policy: PolicySnapshot;
  observedResourceVersion: string | null;
}

export async function planChangeRequest(options: { user: User; input: ChangeRequestInput; config: QuarterdeckConfig; source?: ClassSource }): Promise<PlannedChange> {
  const { user, input, config } = options;
  const target = input.type === 'create-cluster' ? { managementCluster: input.request.managementCluster, namespace: input.request.namespace, clusterName: input.request.name } : input;
  const entry = findManagementCluster(target.managementCluster);
  if (!entry) throw new AppError({ code: 'not-found', message: `Unknown management cluster ${target.managementCluster}` });
  const team = teamOfNamespace(config, target.namespace);
  // Create requests get this check from the catalog, as a field error on `namespace`.
  if (input.type !== 'create-cluster' && !hasPermission(user.roles, 'admin') && (team === null || !user.teams.includes(team))) {
    throw new AppError({ code: 'forbidden', message: `Namespace ${target.namespace} does not belong to one of your teams` });
  }
  const policy = resolvePolicy({ config, type: input.type, team, namespace: target.namespace, managementClusterLabels: entry.labels });
  if (input.type === 'create-cluster') {
    const plan = planCreateCluster({ user, input: input.request, config, source: options.source });
    return { managementCluster: target.managementCluster, namespace: target.namespace, clusterName: target.clusterName, team, policy, plan, observedResourceVersion: null };
  }
  const cluster = await readCluster({ managementCluster: target.managementCluster, namespace: target.namespace, name: target.clusterName });
  if (!cluster) throw new AppError({ code: 'not-found', message: `Cluster ${target.namespace}/${target.clusterName} not found on ${target.managementCluster}` });
  const plan = await planClusterChange({ input, cluster });
  return { managementCluster: target.managementCluster, namespace: target.namespace, clusterName: target.clusterName, team, policy, plan, observedResourceVersion: cluster.metadata.resourceVersion };
}
