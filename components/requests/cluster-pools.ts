import type { NormalizedObject } from '@/lib/capi/normalize/types';

export interface ScalablePool {
  name: string;
  replicas: number | null;
}

/**
 * The pools a scale request can name: the topology's MachineDeployments for a ClusterClass-based
 * cluster (their topology name, e.g. md-0), else the cluster's MachineDeployment objects.
 */
export function scalablePools(options: { clusterName: string; objects: readonly Pick<NormalizedObject, 'kind' | 'name' | 'clusterName' | 'topology' | 'replicas'>[] }): ScalablePool[] {
  const cluster = options.objects.find((object) => object.kind === 'Cluster' && object.name === options.clusterName);
  if (cluster?.topology) return cluster.topology.machineDeployments.map((pool) => ({ name: pool.name, replicas: pool.replicas ?? null }));
  return options.objects
    .filter((object) => object.kind === 'MachineDeployment' && object.clusterName === options.clusterName)
    .map((object) => ({ name: object.name, replicas: object.replicas?.desired ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
