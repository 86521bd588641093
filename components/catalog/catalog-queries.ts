import { queryOptions } from '@tanstack/react-query';
import { ApiRequestError, fetchJson } from '@/components/ui/fetch-json';
import type { CatalogEntry, ClassForm } from '@/lib/catalog/catalog-types';
import { writeCatalogFilters, type CatalogFilters } from './catalog-filters';

export interface ClassRef {
  managementCluster: string;
  namespace: string;
  name: string;
}

export const classPath = (ref: ClassRef) => `${encodeURIComponent(ref.managementCluster)}/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(ref.name)}`;

// Keys start with the domain, then the management cluster (or the list), like the fleet queries.
export const catalogQueries = {
  all: () => ['catalog'] as const,
  list: (filters: CatalogFilters) =>
    queryOptions({
      queryKey: ['catalog', 'list', writeCatalogFilters(filters).toString()] as const,
      queryFn: ({ signal }) => fetchJson<{ items: CatalogEntry[] }>(`/api/catalog?${writeCatalogFilters(filters, { searchKey: 'search' }).toString()}`, { signal }),
      staleTime: 15_000,
    }),
  classForm: (ref: ClassRef) =>
    queryOptions({
      queryKey: ['catalog', ref.managementCluster, 'class', ref.namespace, ref.name] as const,
      queryFn: ({ signal }) => fetchJson<ClassForm>(`/api/catalog/${classPath(ref)}`, { signal }),
      // The form's defaults must not change under the person filling it in.
      staleTime: Infinity,
      // 503: the management cluster is still loading its ClusterClasses (right after start-up).
      retry: (failures, error) => (error instanceof ApiRequestError && error.status === 503 ? failures < 30 : failures < 2 && !(error instanceof ApiRequestError && error.status < 500)),
      retryDelay: 2_000,
    }),
};
