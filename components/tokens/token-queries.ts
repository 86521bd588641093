import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { ApiTokenList, CreatedApiToken } from './token-types';

// Tokens belong to no management cluster: the key is the domain, then ''.
export const tokenQueries = {
  all: () => ['tokens'] as const,
  list: () =>
    queryOptions({
      queryKey: ['tokens', '', 'list'] as const,
      queryFn: ({ signal }) => fetchJson<ApiTokenList>('/api/tokens', { signal }),
    }),
};

export function createApiToken(body: { name: string; expiresInDays: number }): Promise<CreatedApiToken> {
  return fetchJson<CreatedApiToken>('/api/tokens', { method: 'POST', json: body });
}

export function revokeApiToken(id: string): Promise<unknown> {
  return fetchJson<unknown>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
