import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { TrendPoint } from '@/lib/fleet/skew/get-skew-trend';

export const skewQueries = {
  trend: (days: number) =>
    queryOptions({
      queryKey: ['fleet', 'skew-trend', days] as const,
      queryFn: ({ signal }) => fetchJson<{ items: TrendPoint[] }>(`/api/skew/trend?days=${days}`, { signal }),
      staleTime: 5 * 60_000,
    }),
};
