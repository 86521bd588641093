import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { ClusterGraphResponse, ClusterTimelineResponse, NodeDetail, ObjectYamlResponse, TriageQueueResponse } from '@/lib/triage/triage-types';

export interface ClusterRef {
  managementCluster: string;
  namespace: string;
  name: string;
}

const clusterPath = (ref: ClusterRef) => `/api/clusters/${encodeURIComponent(ref.managementCluster)}/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(ref.name)}`;

export interface TriageFilters {
  managementCluster?: string;
  team?: string;
}

export function writeTriageFilters(filters: TriageFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.managementCluster) params.set('managementCluster', filters.managementCluster);
  if (filters.team) params.set('team', filters.team);
  return params;
}

export function readTriageFilters(params: URLSearchParams): TriageFilters {
  const managementCluster = params.get('managementCluster') ?? '';
  const team = params.get('team') ?? '';
  return { ...(managementCluster ? { managementCluster } : {}), ...(team ? { team } : {}) };
}

/** What the graph opens with (machine groups collapsed, echoing children hidden); prefetched with the page. */
export const DEFAULT_GRAPH_OPTIONS = { grouping: true, echo: false } as const;

// Keys start with the domain, then the management cluster, like the fleet queries.
export const triageQueries = {
  all: () => ['triage'] as const,
  queue: (filters: TriageFilters) =>
    queryOptions({
      queryKey: ['triage', 'queue', writeTriageFilters(filters).toString()] as const,
      queryFn: ({ signal }) => fetchJson<TriageQueueResponse>(`/api/triage?${writeTriageFilters(filters).toString()}`, { signal }),
    }),
  cluster: (ref: ClusterRef) => ['triage', ref.managementCluster, ref.namespace, ref.name] as const,
  graph: (ref: ClusterRef & { grouping: boolean; echo: boolean }) =>
    queryOptions({
      queryKey: ['triage', ref.managementCluster, ref.namespace, ref.name, 'graph', ref.grouping, ref.echo] as const,
      queryFn: ({ signal }) => fetchJson<ClusterGraphResponse>(`${clusterPath(ref)}/graph?grouping=${ref.grouping}&echo=${ref.echo}`, { signal }),
    }),
  details: (ref: ClusterRef & { id: string }) =>
    queryOptions({
      queryKey: ['triage', ref.managementCluster, ref.namespace, ref.name, 'details', ref.id] as const,
      queryFn: ({ signal }) => fetchJson<NodeDetail>(`${clusterPath(ref)}/details?id=${encodeURIComponent(ref.id)}`, { signal }),
    }),
  yaml: (ref: ClusterRef & { id: string }) =>
    queryOptions({
      queryKey: ['triage', ref.managementCluster, ref.namespace, ref.name, 'yaml', ref.id] as const,
      queryFn: ({ signal }) => fetchJson<ObjectYamlResponse>(`${clusterPath(ref)}/yaml?id=${encodeURIComponent(ref.id)}`, { signal }),
    }),
  timeline: (ref: ClusterRef) =>
    queryOptions({
      queryKey: ['triage', ref.managementCluster, ref.namespace, ref.name, 'timeline'] as const,
      queryFn: ({ signal }) => fetchJson<ClusterTimelineResponse>(`${clusterPath(ref)}/timeline`, { signal }),
    }),
};
