import { minorKey, parseKubeVersion } from '@/lib/capi/skew/parse-version';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { type ClusterQuery, type ClusterSortKey } from './cluster-query';

export interface ClusterPage {
  items: ClusterSummary[];
  total: number;
  offset: number;
  limit: number;
}

const HEALTH_ORDER = ['failing', 'degraded', 'provisioning', 'deleting', 'paused', 'unknown', 'healthy'];

/** The filter value of a minor: `v1.33` (facets and URLs carry the `v`). */
export function minorFilterValue(version: string | undefined): string | undefined {
  const minor = minorKey(version);
  return minor ? `v${minor}` : undefined;
}

export function controlPlaneVersionOf(summary: ClusterSummary): string {
  return summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired ?? '';
}

function sortValue(summary: ClusterSummary, key: ClusterSortKey): string | number {
  switch (key) {
    case 'health':
      return HEALTH_ORDER.indexOf(summary.health);
    case 'controlPlaneVersion': {
      const version = parseKubeVersion(controlPlaneVersionOf(summary));
      return version ? version.major * 1e6 + version.minor * 1e3 + (version.patch ?? 0) : -1;
    }
    case 'age':
      return summary.ageSeconds ?? 0;
    case 'clusterClass':
      return summary.clusterClass?.name ?? '';
    case 'team':
      return summary.team ?? '';
    case 'phase':
      return summary.phase ?? '';
    default:
      return summary[key];
  }
}

function matches(summary: ClusterSummary, query: ClusterQuery, text: string | undefined): boolean {
  const anyOf = (wanted: string[], value: string | undefined) => wanted.length === 0 || (value !== undefined && wanted.includes(value));
  if (!anyOf(query.managementCluster, summary.managementCluster)) return false;
  if (!anyOf(query.team, summary.team)) return false;
  if (!anyOf(query.clusterClass, summary.clusterClass?.name)) return false;
  if (!anyOf(query.provider, summary.infrastructureProvider)) return false;
  if (!anyOf(query.health, summary.health)) return false;
  if (!anyOf(query.phase, summary.phase)) return false;
  if (query.version.length > 0) {
    const version = controlPlaneVersionOf(summary);
    if (!query.version.some((wanted) => wanted === version || wanted === minorFilterValue(version))) return false;
  }
  if (text) {
    const haystack = `${summary.name} ${summary.namespace} ${summary.managementCluster} ${summary.team ?? ''} ${summary.clusterClass?.name ?? ''} ${summary.infrastructureProvider} ${controlPlaneVersionOf(summary)} ${summary.phase ?? ''} ${summary.healthCondition?.reason ?? ''}`.toLowerCase();
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** The summaries in the order of one sort key and direction, ties broken by id (O(n log n)). */
export function sortClusters(options: { summaries: Iterable<ClusterSummary>; sort: ClusterSortKey; order: ClusterQuery['order'] }): ClusterSummary[] {
  const direction = options.order === 'asc' ? 1 : -1;
  // Decorate-sort-undecorate: each sort key is computed once, not once per comparison.
  const decorated = Array.from(options.summaries, (summary) => ({ summary, key: sortValue(summary, options.sort) }));
  decorated.sort((a, b) => {
    const primary = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    return primary !== 0 ? primary * direction : a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0;
  });
  return decorated.map((entry) => entry.summary);
}

/**
 * Server-side filter, sort and paging over the fleet's cluster summaries. `presorted`: the
 * summaries already come in the query's order (the fleet view memoizes each order per version),
 * so a request is one filtering pass.
 */
export function queryClusters(options: { summaries: Iterable<ClusterSummary>; query: ClusterQuery; presorted?: boolean }): ClusterPage {
  const { query } = options;
  const text = query.q?.trim().toLowerCase() || undefined;
  const filtered: ClusterSummary[] = [];
  for (const summary of options.summaries) if (matches(summary, query, text)) filtered.push(summary);
  const ordered = options.presorted ? filtered : sortClusters({ summaries: filtered, sort: query.sort, order: query.order });
  return { items: ordered.slice(query.offset, query.offset + query.limit), total: filtered.length, offset: query.offset, limit: query.limit };
}
