import { type ClusterSummary } from '../summary/types';
import { minorKey } from './parse-version';

export interface MinorCounts {
  /** Clusters per control-plane minor. */
  controlPlane: Record<string, number>;
  /** Worker Machines per kubelet minor. */
  workers: Record<string, number>;
}

export interface FleetDistribution extends MinorCounts {
  byTeam: Record<string, MinorCounts>;
  byManagementCluster: Record<string, MinorCounts>;
}

export const UNKNOWN_KEY = 'unknown';

function empty(): MinorCounts {
  return { controlPlane: {}, workers: {} };
}

function add(target: Record<string, number>, key: string, count: number): void {
  target[key] = (target[key] ?? 0) + count;
}

function addSummary(counts: MinorCounts, summary: ClusterSummary): void {
  add(counts.controlPlane, minorKey(summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired) ?? UNKNOWN_KEY, 1);
  for (const md of summary.workerVersions) {
    for (const [version, machines] of Object.entries(md.machinesByVersion)) add(counts.workers, minorKey(version) ?? UNKNOWN_KEY, machines);
  }
}

/** Counts of control-plane and worker minors overall, per team and per management cluster. */
export function fleetDistribution(summaries: readonly ClusterSummary[]): FleetDistribution {
  const result: FleetDistribution = { ...empty(), byTeam: {}, byManagementCluster: {} };
  for (const summary of summaries) {
    addSummary(result, summary);
    addSummary((result.byTeam[summary.team ?? UNKNOWN_KEY] ??= empty()), summary);
    addSummary((result.byManagementCluster[summary.managementCluster] ??= empty()), summary);
  }
  return result;
}
