import { minorKey } from '@/lib/capi/skew/parse-version';
import { type ClusterSummary } from '@/lib/capi/summary/types';

export interface SnapshotRow {
  managementCluster: string;
  team: string;
  controlPlaneMinor: string;
  /** The lowest worker minor (observed kubelets, else desired): the one that bounds upgrades. */
  workerMinor: string;
  clusters: number;
}

function lowestMinor(versions: string[]): string {
  const minors = versions.flatMap((version) => minorKey(version) ?? []);
  minors.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return minors[0] ?? 'none';
}

/** One day's version mix: clusters counted per management cluster, team and minor pair. */
export function buildVersionSnapshot(summaries: Iterable<ClusterSummary>): SnapshotRow[] {
  const rows = new Map<string, SnapshotRow>();
  for (const summary of summaries) {
    const controlPlaneMinor = minorKey(summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired) ?? 'unknown';
    const workerMinor = lowestMinor(summary.workerVersions.flatMap((pool) => (pool.observed.length > 0 ? pool.observed : pool.desired ? [pool.desired] : [])));
    const team = summary.team ?? '';
    const key = [summary.managementCluster, team, controlPlaneMinor, workerMinor].join('|');
    const row = rows.get(key);
    if (row) row.clusters += 1;
    else rows.set(key, { managementCluster: summary.managementCluster, team, controlPlaneMinor, workerMinor, clusters: 1 });
  }
  return [...rows.values()];
}
