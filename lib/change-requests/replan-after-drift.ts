// A plan against the object as it is now: at the completing approval, and after a 409 (the
// request goes back to approval).
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { withRequestAnnotation, type ApplyPlan } from './apply-plan';
import { changeRequestInputSchema } from './change-request-input';
import { planClusterChange } from './plan-cluster-change';
import { readCluster } from './read-cluster';

export async function replanAfterDrift(request: ChangeRequestModel): Promise<{ plan: ApplyPlan; resourceVersion: string } | null> {
  const input = changeRequestInputSchema.parse(request.payload);
  if (input.type === 'create-cluster') return null;
  const cluster = await readCluster({ managementCluster: request.managementCluster, namespace: request.namespace, name: request.clusterName });
  if (!cluster) return null;
  const plan = await planClusterChange({ input, cluster });
  return { plan: withRequestAnnotation(plan, request.id), resourceVersion: cluster.metadata.resourceVersion };
}
