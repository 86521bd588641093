import { type ClusterSummary } from '@/lib/capi/summary/types';
import { type ClusterQuery } from './cluster-query';
import { getFleetService } from './get-fleet-service';
import { sortClusters } from './query-clusters';
import { summarizeFleet, type FleetFacets, type FleetTiles } from './summarize-fleet';

export interface FleetView {
  version: number;
  summaries: ClusterSummary[];
  tiles: FleetTiles;
  facets: FleetFacets;
  countsByManagementCluster: Map<string, number>;
  /** The summaries in one order, sorted once per fleet version and order (not per request). */
  sorted(options: Pick<ClusterQuery, 'sort' | 'order'>): ClusterSummary[];
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
  const orders = new Map<string, ClusterSummary[]>();
  const sorted = ({ sort, order }: Pick<ClusterQuery, 'sort' | 'order'>) => {
    const key = `${sort}|${order}`;
    let found = orders.get(key);
    if (!found) orders.set(key, (found = sortClusters({ summaries, sort, order })));
    return found;
  };
  const view: FleetView = { version: fleet.version(), summaries, tiles, facets, countsByManagementCluster, sorted };
  memo.__quarterdeckFleetView = view;
  return view;
}
