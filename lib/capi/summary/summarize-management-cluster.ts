import { type NormalizedObject } from '../normalize/types';
import { groupByCluster } from './group-by-cluster';
import { summarizeCluster } from './summarize-cluster';
import { type ClusterSummary } from './types';

/** One row per Cluster of a management cluster; `namespaceTeams` maps namespaces to teams for unlabelled clusters. */
export function summarizeManagementCluster(input: { objects: readonly NormalizedObject[]; managementCluster: string; namespaceTeams?: Record<string, string>; now: Date }): ClusterSummary[] {
  const summaries: ClusterSummary[] = [];
  for (const bundle of groupByCluster(input.objects).values()) {
    const teamLabel = input.namespaceTeams?.[bundle.cluster.namespace];
    summaries.push(summarizeCluster({ ...bundle, managementCluster: input.managementCluster, now: input.now, ...(teamLabel ? { teamLabel } : {}) }));
  }
  return summaries.sort((a, b) => a.id.localeCompare(b.id));
}
