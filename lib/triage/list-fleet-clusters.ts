import { type ClusterQuery } from '@/lib/fleet/cluster-query';
import { listClusters, type ClusterListResponse } from '@/lib/fleet/list-clusters';
import { getTriageQueue } from './get-triage-queue';

/** GET /api/clusters: the fleet list, with the stuck tile counted from the triage queue. */
export function listFleetClusters(query: ClusterQuery): ClusterListResponse {
  const stuckClusterIds = new Set(getTriageQueue({ managementCluster: undefined, team: undefined, class: undefined }).groups.flatMap((group) => group.rows.filter((row) => row.kind === 'stuck').map((row) => row.clusterId)));
  return listClusters({ query, stuckClusterIds });
}
