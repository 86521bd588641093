import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { ClusterDetail } from '@/lib/fleet/get-cluster-detail';
import type { ClusterListResponse } from '@/lib/fleet/list-clusters';
import type { ManagementClusterView } from '@/lib/fleet/management-cluster-view';
import type { FleetSkewReport } from '@/lib/fleet/skew/skew-types';
import { writeFilters, type FleetFilters } from './fleet-filters';

export const FLEET_PAGE_SIZE = 200;

export const fleetQueries = {
  all: () => ['fleet'] as const,
  managementClusters: () =>
    queryOptions({
      queryKey: ['fleet', 'management-clusters'] as const,
      queryFn: ({ signal }) => fetchJson<{ items: ManagementClusterView[] }>('/api/management-clusters', { signal }),
      refetchInterval: 15_000,
    }),
  clusters: (filters: FleetFilters) =>
    infiniteQueryOptions({
      queryKey: ['fleet', 'clusters', writeFilters(filters).toString()] as const,
      initialPageParam: 0,
      queryFn: ({ signal, pageParam }) => {
        const params = writeFilters(filters);
        params.set('offset', String(pageParam));
        params.set('limit', String(FLEET_PAGE_SIZE));
        return fetchJson<ClusterListResponse>(`/api/clusters?${params.toString()}`, { signal });
      },
      getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    }),
  cluster: (options: { managementCluster: string; namespace: string; name: string }) =>
    queryOptions({
      queryKey: ['fleet', options.managementCluster, 'cluster', options.namespace, options.name] as const,
      queryFn: ({ signal }) =>
        fetchJson<ClusterDetail>(`/api/clusters/${encodeURIComponent(options.managementCluster)}/${encodeURIComponent(options.namespace)}/${encodeURIComponent(options.name)}`, { signal }),
    }),
  skew: () =>
    queryOptions({
      queryKey: ['fleet', 'skew'] as const,
      queryFn: ({ signal }) => fetchJson<FleetSkewReport>('/api/skew', { signal }),
    }),
};
