import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { AppError } from '@/lib/errors/app-error';
import { getFleetService } from './get-fleet-service';
import { listManagementClusters } from './list-management-clusters';
import { type ManagementClusterView } from './management-cluster-view';

export interface ClusterDetail {
  summary: ClusterSummary;
  objects: NormalizedObject[];
  managementCluster: Pick<ManagementClusterView, 'name' | 'displayName' | 'status' | 'lastSyncAt' | 'staleSince' | 'capiApiVersion'>;
}

export function getClusterDetail(options: { managementCluster: string; namespace: string; name: string }): ClusterDetail {
  const fleet = getFleetService();
  const summary = fleet.summary(`${options.managementCluster}/${options.namespace}/${options.name}`);
  const managementCluster = listManagementClusters().find((item) => item.name === options.managementCluster);
  if (!summary || !managementCluster) {
    throw new AppError({ code: 'not-found', message: `Cluster ${options.namespace}/${options.name} not found on management cluster ${options.managementCluster}` });
  }
  const { name, displayName, status, lastSyncAt, staleSince, capiApiVersion } = managementCluster;
  return { summary, objects: fleet.normalizedObjects(options), managementCluster: { name, displayName, status, lastSyncAt, staleSince, capiApiVersion } };
}
