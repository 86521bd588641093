'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CatalogCard } from './catalog-card';
import { CatalogFilterBar } from './catalog-filter-bar';
import { readCatalogFilters, writeCatalogFilters, type CatalogFilters } from './catalog-filters';
import { catalogQueries } from './catalog-queries';

const NO_FILTERS: CatalogFilters = { search: '', managementCluster: '', provider: '' };

const distinct = (values: string[]) => [...new Set(values)].sort();

export function CatalogPage() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => readCatalogFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  const query = useQuery({ ...catalogQueries.list(filters), placeholderData: keepPreviousData });
  // The filter options come from the whole catalog, so narrowing never hides the way back.
  const everything = useQuery(catalogQueries.list(NO_FILTERS));
  const setFilters = useCallback(
    (next: CatalogFilters) => {
      const params = writeCatalogFilters(next).toString();
      router.replace(params ? `${pathname}?${params}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  const all = everything.data?.items ?? [];
  const items = query.data?.items;
  const filtered = filters.search !== '' || filters.managementCluster !== '' || filters.provider !== '';
  return (
    <>
      <CatalogFilterBar
        filters={filters}
        managementClusters={distinct(all.map((entry) => entry.managementCluster))}
        providers={distinct(all.map((entry) => entry.infrastructureProvider))}
        onChange={setFilters}
      />
      {query.isPending ? <LoadingState label="Loading the catalog…" /> : null}
      {query.isError ? <ErrorState title="The catalog could not be loaded" message={query.error.message} /> : null}
      {items && items.length === 0 ? (
        <EmptyState title={filtered ? 'No class matches these filters' : 'No ClusterClasses available to you'}>
          {filtered ? 'Change or clear the filters.' : 'Classes appear here once a management cluster serves one your team may use.'}
        </EmptyState>
      ) : null}
      {items && items.length > 0 ? (
        <>
          <p className="mb-2 text-sm text-slate-600" data-testid="catalog-count" aria-live="polite">
            {items.length} {items.length === 1 ? 'class' : 'classes'}
          </p>
          <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2 2xl:grid-cols-3" aria-label="ClusterClasses">
            {items.map((entry) => (
              <CatalogCard key={`${entry.managementCluster}/${entry.namespace}/${entry.name}`} entry={entry} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
