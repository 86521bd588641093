// Looks up one ClusterClass and checks the user may use it: 404 when absent, 403 otherwise.
import type { User } from '@/lib/auth/user';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { AppError } from '@/lib/errors/app-error';
import type { CatalogEntry } from './catalog-types';
import type { ClassObject, ClassSource } from './class-object';
import { describeClusterClass } from './describe-cluster-class';
import { mayUseClass } from './user-access';

export interface ClassLookup {
  user: User;
  managementCluster: string;
  namespace: string;
  name: string;
  source: ClassSource;
  config: QuarterdeckConfig;
  /** False while the management cluster's ClusterClasses have not been listed yet (right after start-up). */
  listed?: (managementCluster: string) => boolean;
}

export function findClass(options: ClassLookup): { item: ClassObject; entry: CatalogEntry } {
  const item = options.source().find(
    (candidate) => candidate.managementCluster === options.managementCluster && (candidate.object.metadata.namespace ?? 'default') === options.namespace && candidate.object.metadata.name === options.name,
  );
  if (!item && options.listed && !options.listed(options.managementCluster)) {
    throw new AppError({ code: 'unavailable', message: `${options.managementCluster} is still loading its ClusterClasses; try again in a moment` });
  }
  if (!item) throw new AppError({ code: 'not-found', message: `ClusterClass ${options.namespace}/${options.name} was not found on ${options.managementCluster}` });
  const entry = describeClusterClass({ item, config: options.config });
  if (!mayUseClass(options.user, entry)) throw new AppError({ code: 'forbidden', message: `Your teams may not use ClusterClass ${options.namespace}/${options.name}` });
  return { item, entry };
}
