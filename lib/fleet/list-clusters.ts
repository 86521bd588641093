import { type ClusterQuery } from './cluster-query';
import { getFleetView } from './get-fleet-view';
import { listManagementClusters } from './list-management-clusters';
import { type ManagementClusterView } from './management-cluster-view';
import { queryClusters, type ClusterPage } from './query-clusters';
import { type FleetFacets, type FleetTiles } from './summarize-fleet';

export interface ClusterListResponse extends ClusterPage {
  /** Fleet version: the stream's change counter this answer reflects. */
  version: number;
  tiles: FleetTiles;
  facets: FleetFacets;
  /** Connection state per management cluster: rows of a stale one are shown as stale. */
  managementClusters: Pick<ManagementClusterView, 'name' | 'displayName' | 'status' | 'message' | 'lastSyncAt' | 'staleSince'>[];
}

/** GET /api/clusters: answers from memory; a dead management cluster's clusters stay, marked stale. */
export function listClusters(options: { query: ClusterQuery; stuckClusterIds: ReadonlySet<string> }): ClusterListResponse {
  const view = getFleetView();
  return {
    ...queryClusters({ summaries: view.sorted(options.query), query: options.query, presorted: true }),
    version: view.version,
    tiles: { ...view.tiles, stuck: options.stuckClusterIds.size },
    facets: view.facets,
    managementClusters: listManagementClusters().map(({ name, displayName, status, message, lastSyncAt, staleSince }) => ({ name, displayName, status, message, lastSyncAt, staleSince })),
  };
}
