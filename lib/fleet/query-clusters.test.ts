import { describe, expect, it } from 'vitest';
import { makeSummary } from './__fixtures__/make-summary';
import { clusterQuerySchema } from './cluster-query';
import { queryClusters, sortClusters } from './query-clusters';

const summary = makeSummary;

const fleet = [
  summary({ name: 'pay-prod', team: 'payments', health: 'healthy', ageSeconds: 50 }),
  summary({ name: 'pay-dev', team: 'payments', health: 'failing', ageSeconds: 10, controlPlaneVersion: { desired: 'v1.31.2', observed: 'v1.31.2' } }),
  summary({ name: 'search-a', namespace: 'team-search', team: 'search', managementCluster: 'mgmt-us', health: 'degraded', infrastructureProvider: 'azure', ageSeconds: 30 }),
  summary({ name: 'search-b', namespace: 'team-search', team: 'search', managementCluster: 'mgmt-us', health: 'provisioning', phase: 'Provisioning', ageSeconds: 5 }),
];

const names = (query: Record<string, unknown>) => queryClusters({ summaries: fleet, query: clusterQuerySchema.parse(query) }).items.map((item) => item.name);

describe('queryClusters', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['everything sorted by name', {}, ['pay-dev', 'pay-prod', 'search-a', 'search-b']],
    ['one management cluster', { managementCluster: 'mgmt-us' }, ['search-a', 'search-b']],
    ['several teams, comma-separated', { team: 'payments,search' }, ['pay-dev', 'pay-prod', 'search-a', 'search-b']],
    ['a health filter', { health: ['failing', 'degraded'] }, ['pay-dev', 'search-a']],
    ['a provider', { provider: 'azure' }, ['search-a']],
    ['a Kubernetes minor', { version: 'v1.31' }, ['pay-dev']],
    ['an exact version', { version: 'v1.33.4' }, ['pay-prod', 'search-a', 'search-b']],
    ['free text on every word', { q: 'search mgmt-us prov' }, ['search-b']],
    ['sorting by health, worst first', { sort: 'health' }, ['pay-dev', 'search-a', 'search-b', 'pay-prod']],
    ['sorting by age, descending', { sort: 'age', order: 'desc' }, ['pay-prod', 'search-a', 'pay-dev', 'search-b']],
    ['sorting by version', { sort: 'controlPlaneVersion' }, ['pay-dev', 'pay-prod', 'search-a', 'search-b']],
  ])('returns %s', (_name, query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('pages with offset and limit and reports the filtered total', () => {
    const page = queryClusters({ summaries: fleet, query: clusterQuerySchema.parse({ offset: '1', limit: '2' }) });
    expect(page.items.map((item) => item.name)).toEqual(['pay-prod', 'search-a']);
    expect(page.total).toBe(4);
  });

  it('rejects an unknown sort key', () => {
    expect(clusterQuerySchema.safeParse({ sort: 'colour' }).success).toBe(false);
  });

  it.each([{}, { sort: 'health' }, { sort: 'age', order: 'desc' }, { q: 'search', sort: 'controlPlaneVersion' }, { offset: '1', limit: '2', health: 'healthy,failing' }])(
    'gives the same page from summaries sorted in advance as from unsorted ones (%o)',
    (raw) => {
      const query = clusterQuerySchema.parse(raw);
      const presorted = queryClusters({ summaries: sortClusters({ summaries: fleet, sort: query.sort, order: query.order }), query, presorted: true });
      expect(presorted).toEqual(queryClusters({ summaries: [...fleet].reverse(), query }));
    },
  );
});
