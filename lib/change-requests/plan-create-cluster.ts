// A create-cluster request applies the manifest rendered by the catalog (validated there).
import type { User } from '@/lib/auth/user';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { AppError } from '@/lib/errors/app-error';
import type { ApplyPlan } from './apply-plan';

export async function planCreateCluster(options: { user: User; input: ClusterRequestInput }): Promise<ApplyPlan> {
  await Promise.resolve(options);
  throw new AppError({ code: 'unavailable', message: 'Create-cluster requests need the catalog (prepareClusterRequest), not available yet' });
}
