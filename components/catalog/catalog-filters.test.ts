import { describe, expect, it } from 'vitest';
import { readCatalogFilters, writeCatalogFilters } from './catalog-filters';

describe('catalog filters', () => {
  it('round-trips through the page URL', () => {
    const filters = readCatalogFilters(new URLSearchParams('q=vsphere&managementCluster=mgmt-ap-south&provider=vsphere'));
    expect(filters).toEqual({ search: 'vsphere', managementCluster: 'mgmt-ap-south', provider: 'vsphere' });
    expect(writeCatalogFilters(filters).toString()).toBe('q=vsphere&managementCluster=mgmt-ap-south&provider=vsphere');
  });

  it('names the search `search` for the API and leaves out empty filters', () => {
    expect(writeCatalogFilters({ search: '  aws ', managementCluster: '', provider: '' }, { searchKey: 'search' }).toString()).toBe('search=aws');
    expect(writeCatalogFilters({ search: ' ', managementCluster: '', provider: '' }).toString()).toBe('');
  });
});
