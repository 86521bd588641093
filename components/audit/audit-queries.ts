import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { AuditEventPage } from '@/lib/audit/audit-event-view';
import type { ClusterTimelineResponse } from '@/lib/triage/triage-types';
import { writeAuditFilters, type AuditFilters } from './audit-filters';

export function auditCsvHref(filters: AuditFilters): string {
  const params = writeAuditFilters(filters);
  params.set('format', 'csv');
  return `/api/audit?${params.toString()}`;
}

// Keys start with the domain, then the management cluster, like the fleet queries.
export const auditQueries = {
  all: () => ['audit'] as const,
  events: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: ['audit', filters.managementCluster ?? '', 'events', writeAuditFilters(filters).toString()] as const,
      initialPageParam: '',
      queryFn: ({ pageParam, signal }) => {
        const params = writeAuditFilters(filters);
        params.set('limit', '100');
        if (pageParam) params.set('before', pageParam);
        return fetchJson<AuditEventPage>(`/api/audit?${params.toString()}`, { signal });
      },
      getNextPageParam: (last) => last.nextBefore ?? undefined,
    }),
  timeline: (ref: { managementCluster: string; namespace: string; name: string }) =>
    queryOptions({
      queryKey: ['audit', ref.managementCluster, 'timeline', ref.namespace, ref.name] as const,
      queryFn: ({ signal }) => fetchJson<ClusterTimelineResponse>(`/api/audit/timeline?${new URLSearchParams(ref).toString()}`, { signal }),
    }),
};
