'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useOptimistic, useTransition } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { ClusterTable } from './cluster-table';
import { ConnectionBanners } from './connection-banners';
import { FleetFilterBar } from './fleet-filter-bar';
import { readFilters, writeFilters, type FleetFilters } from './fleet-filters';
import { fleetQueries } from './fleet-queries';
import { FleetTiles } from './fleet-tiles';
import { useFleetStream } from './use-fleet-stream';

export function FleetPage() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlFilters = useMemo(() => readFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  // The controls answer at once; the URL (the source of truth) follows in a transition.
  const [filters, setOptimisticFilters] = useOptimistic(urlFilters);
  const [, startTransition] = useTransition();
  const stream = useFleetStream();
  const query = useInfiniteQuery({ ...fleetQueries.clusters(urlFilters), placeholderData: (previous) => previous });

  const setFilters = useCallback(
    (next: FleetFilters) => {
      const params = writeFilters(next).toString();
      startTransition(() => {
        setOptimisticFilters(next);
        router.replace(params ? `${pathname}?${params}` : pathname, { scroll: false });
      });
    },
    [router, pathname, setOptimisticFilters],
  );
  const onSort = useCallback(
    (sort: string) => setFilters({ ...filters, sort, order: filters.sort === sort && filters.order === 'asc' ? 'desc' : 'asc' }),
    [filters, setFilters],
  );
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);

  const first = query.data?.pages[0];
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const stale = useMemo(() => new Set(first?.managementClusters.filter((mc) => mc.status === 'stale' || mc.status === 'unreachable').map((mc) => mc.name)), [first]);

  return (
    <>
      <p className="-mt-4 mb-4 text-xs text-slate-500" aria-live="polite">
        {stream === 'live' ? 'Live' : stream === 'connecting' ? 'Connecting to live updates…' : 'Live updates interrupted: reconnecting…'}
      </p>
      {first ? <FleetTiles tiles={first.tiles} /> : null}
      {first ? <ConnectionBanners managementClusters={first.managementClusters} /> : null}
      <FleetFilterBar filters={filters} facets={first?.facets} onChange={setFilters} />
      {query.isPending ? <LoadingState label="Loading the fleet…" /> : null}
      {query.isError ? <ErrorState title="The fleet could not be loaded" message={query.error.message} /> : null}
      {first && first.total === 0 ? (
        <EmptyState title={first.tiles.total === 0 ? 'No workload clusters yet' : 'No cluster matches these filters'}>
          {first.tiles.total === 0 ? 'Clusters appear here as soon as a management cluster reports them.' : 'Change or clear the filters.'}
        </EmptyState>
      ) : null}
      {first && first.total > 0 ? (
        <>
          <p className="mb-2 text-sm text-slate-600" data-testid="cluster-count">
            {first.total} of {first.tiles.total} clusters
          </p>
          <ClusterTable items={items} total={first.total} staleManagementClusters={stale} sort={filters.sort} order={filters.order} onSort={onSort} loadMore={loadMore} loadingMore={isFetchingNextPage} />
        </>
      ) : null}
    </>
  );
}
