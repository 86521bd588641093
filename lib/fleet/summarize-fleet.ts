import { type ClusterSummary } from '@/lib/capi/summary/types';
import { controlPlaneVersionOf, minorFilterValue } from './query-clusters';

export interface FleetTiles {
  total: number;
  byHealth: Record<string, number>;
  byManagementCluster: Record<string, number>;
  upgrading: number;
  deleting: number;
  paused: number;
  /** Clusters in the triage queue as stuck (filled in by the caller: it depends on the time). */
  stuck: number;
}

export interface FleetFacets {
  managementCluster: string[];
  team: string[];
  clusterClass: string[];
  provider: string[];
  version: string[];
  health: string[];
  phase: string[];
}

function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Dashboard tiles and the values each filter can take, in one pass over the fleet. */
export function summarizeFleet(options: { summaries: Iterable<ClusterSummary> }): { tiles: FleetTiles; facets: FleetFacets } {
  const tiles: FleetTiles = { total: 0, byHealth: {}, byManagementCluster: {}, upgrading: 0, deleting: 0, paused: 0, stuck: 0 };
  const sets = { managementCluster: new Set<string>(), team: new Set<string>(), clusterClass: new Set<string>(), provider: new Set<string>(), version: new Set<string>(), health: new Set<string>(), phase: new Set<string>() };
  for (const summary of options.summaries) {
    tiles.total += 1;
    increment(tiles.byHealth, summary.health);
    increment(tiles.byManagementCluster, summary.managementCluster);
    if (summary.upgrading) tiles.upgrading += 1;
    if (summary.deleting) tiles.deleting += 1;
    if (summary.paused) tiles.paused += 1;
    sets.managementCluster.add(summary.managementCluster);
    if (summary.team) sets.team.add(summary.team);
    if (summary.clusterClass) sets.clusterClass.add(summary.clusterClass.name);
    sets.provider.add(summary.infrastructureProvider);
    const minor = minorFilterValue(controlPlaneVersionOf(summary));
    if (minor) sets.version.add(minor);
    sets.health.add(summary.health);
    if (summary.phase) sets.phase.add(summary.phase);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    tiles,
    facets: {
      managementCluster: sorted(sets.managementCluster),
      team: sorted(sets.team),
      clusterClass: sorted(sets.clusterClass),
      provider: sorted(sets.provider),
      version: sorted(sets.version),
      health: sorted(sets.health),
      phase: sorted(sets.phase),
    },
  };
}
