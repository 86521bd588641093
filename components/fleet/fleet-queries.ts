import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { ManagementClusterView } from '@/lib/fleet/management-cluster-view';

export const fleetQueries = {
  managementClusters: () =>
    queryOptions({
      queryKey: ['fleet', 'management-clusters'] as const,
      queryFn: ({ signal }) => fetchJson<{ items: ManagementClusterView[] }>('/api/management-clusters', { signal }),
      refetchInterval: 10_000,
    }),
};
