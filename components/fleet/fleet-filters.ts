// Fleet filters live in the URL (?managementCluster=a,b&health=failing&q=…&sort=…) so they survive
// reloads and can be shared as links.

export const FILTER_KEYS = ['managementCluster', 'team', 'clusterClass', 'provider', 'version', 'health', 'phase'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface FleetFilters {
  values: Record<FilterKey, string[]>;
  q: string;
  sort: string;
  order: 'asc' | 'desc';
}

export function readFilters(params: URLSearchParams): FleetFilters {
  const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, (params.get(key) ?? '').split(',').filter(Boolean)])) as Record<FilterKey, string[]>;
  return { values, q: params.get('q') ?? '', sort: params.get('sort') ?? 'name', order: params.get('order') === 'desc' ? 'desc' : 'asc' };
}

export function writeFilters(filters: FleetFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters.values[key].length > 0) params.set(key, filters.values[key].join(','));
  if (filters.q) params.set('q', filters.q);
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  return params;
}
