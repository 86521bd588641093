// Catalog filters live in the URL (?q=…&managementCluster=…&provider=…), shareable like the fleet's.

export interface CatalogFilters {
  search: string;
  managementCluster: string;
  provider: string;
}

export function readCatalogFilters(params: URLSearchParams): CatalogFilters {
  return { search: params.get('q') ?? '', managementCluster: params.get('managementCluster') ?? '', provider: params.get('provider') ?? '' };
}

/** The page URL's query; the API takes `search` where the page says `q`. */
export function writeCatalogFilters(filters: CatalogFilters, options: { searchKey?: 'q' | 'search' } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set(options.searchKey ?? 'q', filters.search.trim());
  if (filters.managementCluster) params.set('managementCluster', filters.managementCluster);
  if (filters.provider) params.set('provider', filters.provider);
  return params;
}
