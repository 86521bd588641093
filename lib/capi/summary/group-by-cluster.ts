import { type NormalizedObject } from '../normalize/types';

export interface ClusterObjects {
  cluster: NormalizedObject;
  controlPlane?: NormalizedObject;
  infrastructureCluster?: NormalizedObject;
  machineDeployments: NormalizedObject[];
  machineSets: NormalizedObject[];
  machinePools: NormalizedObject[];
  machines: NormalizedObject[];
  machineHealthChecks: NormalizedObject[];
  /** Everything else labelled for the cluster (infra machines, bootstrap configs, provider objects). */
  others: NormalizedObject[];
}

const BY_KIND: Record<string, keyof Pick<ClusterObjects, 'machineDeployments' | 'machineSets' | 'machinePools' | 'machines' | 'machineHealthChecks'>> = {
  MachineDeployment: 'machineDeployments',
  MachineSet: 'machineSets',
  MachinePool: 'machinePools',
  Machine: 'machines',
  MachineHealthCheck: 'machineHealthChecks',
};

/** Splits the objects of one management cluster into per-Cluster bundles (key `namespace/name`). */
export function groupByCluster(objects: readonly NormalizedObject[]): Map<string, ClusterObjects> {
  const bundles = new Map<string, ClusterObjects>();
  for (const object of objects) {
    if (object.kind !== 'Cluster') continue;
    bundles.set(`${object.namespace}/${object.name}`, { cluster: object, machineDeployments: [], machineSets: [], machinePools: [], machines: [], machineHealthChecks: [], others: [] });
  }
  for (const object of objects) {
    if (object.kind === 'Cluster' || !object.clusterName) continue;
    const bundle = bundles.get(`${object.namespace}/${object.clusterName}`);
    if (!bundle) continue;
    const { controlPlaneRef, infrastructureRef } = bundle.cluster;
    if (controlPlaneRef?.kind === object.kind && controlPlaneRef.name === object.name) bundle.controlPlane = object;
    else if (infrastructureRef?.kind === object.kind && infrastructureRef.name === object.name) bundle.infrastructureCluster = object;
    else {
      const key = object.apiGroup === 'cluster.x-k8s.io' ? BY_KIND[object.kind] : undefined;
      if (key) bundle[key].push(object);
      else bundle.others.push(object);
    }
  }
  return bundles;
}
