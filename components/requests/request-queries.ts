import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { ChangeRequestInput } from '@/lib/change-requests/change-request-input';
import { isInFlight } from './request-steps';
import type { ChangeRequestList, ChangeRequestView } from './request-types';

export type RequestScope = 'mine' | 'to-approve' | 'all';

export const POLL_MS = 3000;

export const clusterHref = (ref: { managementCluster: string; namespace: string; clusterName: string }) =>
  `/clusters/${encodeURIComponent(ref.managementCluster)}/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(ref.clusterName)}`;

export const kubeconfigHref = (ref: { managementCluster: string; namespace: string; clusterName: string }) => `/api${clusterHref(ref)}/kubeconfig`;

// Keys start with the domain, then the management cluster ('' when a list spans all of them).
export const requestQueries = {
  all: () => ['requests'] as const,
  list: (options: { scope: RequestScope; managementCluster?: string; namespace?: string; clusterName?: string }) => {
    const params = new URLSearchParams({ scope: options.scope });
    for (const key of ['managementCluster', 'namespace', 'clusterName'] as const) {
      const value = options[key];
      if (value) params.set(key, value);
    }
    return queryOptions({
      queryKey: ['requests', options.managementCluster ?? '', 'list', params.toString()] as const,
      queryFn: ({ signal }) => fetchJson<ChangeRequestList>(`/api/change-requests?${params.toString()}`, { signal }),
      refetchInterval: POLL_MS * 2,
    });
  },
  detail: (id: string) =>
    queryOptions({
      queryKey: ['requests', '', 'detail', id] as const,
      queryFn: ({ signal }) => fetchJson<ChangeRequestView>(`/api/change-requests/${encodeURIComponent(id)}`, { signal }),
      // Live progress: poll while the request can still move on its own.
      refetchInterval: (query) => (query.state.data && !isInFlight(query.state.data.type, query.state.data.state) ? false : POLL_MS),
    }),
};

/** The id of a created request, whether the API answers with the view or wraps it in `item`. */
export function createdRequestId(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as { id?: unknown; item?: { id?: unknown } };
  if (typeof record.id === 'string') return record.id;
  return typeof record.item?.id === 'string' ? record.item.id : null;
}

export async function submitChangeRequest(input: ChangeRequestInput): Promise<string | null> {
  return createdRequestId(await fetchJson<unknown>('/api/change-requests', { method: 'POST', json: input }));
}

export async function decideChangeRequest(options: { id: string; action: 'approve' | 'reject' | 'cancel'; comment?: string }): Promise<unknown> {
  const comment = options.comment?.trim();
  return fetchJson<unknown>(`/api/change-requests/${encodeURIComponent(options.id)}/${options.action}`, { method: 'POST', json: options.action === 'cancel' ? {} : comment ? { comment } : {} });
}
