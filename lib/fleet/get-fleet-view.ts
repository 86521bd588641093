import { type ClusterSummary } from '@/lib/capi/summary/types';
import { getFleetService } from './get-fleet-service';
import { summarizeFleet, type FleetFacets, type FleetTiles } from './summarize-fleet';

export interface FleetView {
  version: number;
  summaries: ClusterSummary[];
  tiles: FleetTiles;
  facets: FleetFacets;
  countsByManagementCluster: Map<string, number>;
}

const memo = globalThis as typeof globalThis & { __quarterdeckFleetView?: FleetView };

/** The fleet as of its current version, derived once per version and shared by every request. */
export function getFleetView(): FleetView {
  const fleet = getFleetService();
  const cached = memo.__quarterdeckFleetView;
  if (cached?.version === fleet.version()) return cached;
  const summaries = [...fleet.allSummaries()];
  const { tiles, facets } = summarizeFleet({ summaries });
  const countsByManagementCluster = new Map(Object.entries(tiles.byManagementCluster));
  const view: FleetView = { version: fleet.version(), summaries, tiles, facets, countsByManagementCluster };
  memo.__quarterdeckFleetView = view;
  return view;
}
