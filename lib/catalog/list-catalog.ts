// GET /api/catalog: every ClusterClass on every management cluster the user may request from,
// filtered by a free-text search, provider and management cluster.
import type { User } from '@/lib/auth/user';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { getConfig } from '@/lib/config/get-config';
import type { CatalogEntry } from './catalog-types';
import type { ClassSource } from './class-object';
import { describeClusterClass } from './describe-cluster-class';
import { readClassObjects } from './read-class-objects';
import { mayUseClass } from './user-access';

export interface ListCatalogOptions {
  user: User;
  search?: string;
  provider?: string;
  managementCluster?: string;
  source?: ClassSource;
  config?: QuarterdeckConfig;
}

function matches(entry: CatalogEntry, search: string): boolean {
  const haystack = [entry.name, entry.namespace, entry.managementCluster, entry.description, entry.infrastructureProvider, entry.controlPlaneKind, ...entry.workerClasses].join(' ').toLowerCase();
  return search.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

export function listCatalog(options: ListCatalogOptions): { items: CatalogEntry[] } {
  const config = options.config ?? getConfig().config;
  const items = (options.source ?? readClassObjects)()
    .map((item) => describeClusterClass({ item, config }))
    .filter((entry) => mayUseClass(options.user, entry))
    .filter((entry) => !options.provider || entry.infrastructureProvider === options.provider)
    .filter((entry) => !options.managementCluster || entry.managementCluster === options.managementCluster)
    .filter((entry) => !options.search || matches(entry, options.search))
    .sort((a, b) => a.name.localeCompare(b.name) || a.managementCluster.localeCompare(b.managementCluster) || a.namespace.localeCompare(b.namespace));
  return { items };
}
