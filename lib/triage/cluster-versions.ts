import { getFleetService } from '@/lib/fleet/get-fleet-service';

interface Tracker {
  baseline: number;
  versions: Map<string, number>;
}

const holder = globalThis as typeof globalThis & { __quarterdeckClusterVersions?: Tracker };

/**
 * The fleet version at which one cluster last changed, so caches keyed on it survive changes to
 * every other cluster in the fleet.
 */
export function clusterVersionOf(clusterId: string): number {
  let tracker = holder.__quarterdeckClusterVersions;
  if (!tracker) {
    const fleet = getFleetService();
    const created: Tracker = { baseline: fleet.version(), versions: new Map() };
    fleet.subscribe((change) => {
      for (const id of [...change.changed, ...change.removed]) created.versions.set(id, change.version);
    });
    tracker = holder.__quarterdeckClusterVersions = created;
  }
  return tracker.versions.get(clusterId) ?? tracker.baseline;
}
