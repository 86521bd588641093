import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { AppError } from '@/lib/errors/app-error';
import { getFleetService } from './get-fleet-service';
import { listManagementClusters } from './list-management-clusters';
import { type ManagementClusterView } from './management-cluster-view';

/** Kinds the cluster page needs as objects (its pools); the graph API carries the rest. */
const DETAIL_KINDS = new Set(['Cluster', 'MachineDeployment', 'MachinePool']);

export interface ClusterDetail {
  summary: ClusterSummary;
  /** The Cluster and its pools (MachineDeployments, MachinePools), normalized. */
  objects: NormalizedObject[];
  /** Every object of the cluster (machines, infrastructure, bootstrap…), counted. */
  objectCount: number;
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
  const all = fleet.normalizedObjects(options);
  return { summary, objects: all.filter((object) => DETAIL_KINDS.has(object.kind)), objectCount: all.length, managementCluster: { name, displayName, status, lastSyncAt, staleSince, capiApiVersion } };
}
