import { makeCluster, makeKcp, makeMachine, makeMachineDeployment, ownerOf } from './make-core-objects';
import { type CapiVersion, type RawObject } from './make-objects';
import { makeClusterClass, makeInfraCluster, makeInfraMachine, makeKubeadmConfig, makeMachineHealthCheck } from './make-provider-objects';
import { type ProviderName } from './providers';

export interface ClusterSetOptions {
  version: CapiVersion;
  name: string;
  namespace?: string;
  provider?: ProviderName;
  k8sVersion?: string;
  cpReplicas?: number;
  mds?: { name: string; replicas: number; class?: string }[];
  className?: string | null;
  labels?: Record<string, string>;
  creationTimestamp?: string;
  withHealthCheck?: boolean;
}

export interface ClusterSet {
  cluster: RawObject;
  controlPlane: RawObject;
  infraCluster: RawObject;
  clusterClass?: RawObject;
  machineDeployments: RawObject[];
  machineSets: RawObject[];
  machines: RawObject[];
  infraMachines: RawObject[];
  bootstrapConfigs: RawObject[];
  healthChecks: RawObject[];
  all: () => RawObject[];
}

/** A complete, healthy cluster as the CAPI controllers leave it: every object linked by refs, labels and owners. */
export function makeClusterSet(o: ClusterSetOptions): ClusterSet {
  const version = o.version;
  const namespace = o.namespace ?? 'default';
  const provider = o.provider ?? 'docker';
  const k8sVersion = o.k8sVersion ?? 'v1.33.4';
  const cpReplicas = o.cpReplicas ?? 3;
  const mds = o.mds ?? [{ name: 'md-0', replicas: 2 }];
  const className = o.className === null ? undefined : (o.className ?? 'quick-start');
  const base = { version, namespace, cluster: o.name, creationTimestamp: o.creationTimestamp };
  const cluster = makeCluster({ ...base, name: o.name, provider, k8sVersion, cpReplicas, mds, labels: o.labels, className });
  const clusterOwner = ownerOf(cluster);
  const infraCluster = makeInfraCluster({ ...base, name: o.name, provider, owner: clusterOwner });
  const controlPlane = makeKcp({ ...base, name: `${o.name}-cp`, provider, k8sVersion, replicas: cpReplicas, owner: clusterOwner });
  const set: ClusterSet = {
    cluster, controlPlane, infraCluster,
    machineDeployments: [], machineSets: [], machines: [], infraMachines: [], bootstrapConfigs: [], healthChecks: [],
    all: () => [
      set.cluster, ...(set.clusterClass ? [set.clusterClass] : []), set.infraCluster, set.controlPlane, ...set.machineDeployments, ...set.machineSets,
      ...set.machines, ...set.infraMachines, ...set.bootstrapConfigs, ...set.healthChecks,
    ],
  };
  if (className) set.clusterClass = makeClusterClass({ version, namespace, name: className });
  const addMachine = (name: string, owner: RawObject, labels: Record<string, string>, controlPlane: boolean) => {
    const machine = makeMachine({ ...base, name, provider, k8sVersion, controlPlane, owner: ownerOf(owner), labels });
    set.machines.push(machine);
    set.infraMachines.push(makeInfraMachine({ ...base, name, provider, owner: ownerOf(machine) }));
    set.bootstrapConfigs.push(makeKubeadmConfig({ ...base, name, owner: ownerOf(machine) }));
  };
  for (let i = 0; i < cpReplicas; i += 1) addMachine(`${o.name}-cp-${i}`, controlPlane, {}, true);
  for (const md of mds) {
    const mdName = `${o.name}-${md.name}`;
    const deployment = makeMachineDeployment({ ...base, name: mdName, provider, k8sVersion, replicas: md.replicas, owner: clusterOwner });
    const msName = `${mdName}-7d9f8`;
    const machineSet = makeMachineDeployment({ ...base, name: msName, provider, k8sVersion, replicas: md.replicas, set: true, deploymentName: mdName, owner: ownerOf(deployment) });
    set.machineDeployments.push(deployment);
    set.machineSets.push(machineSet);
    for (let i = 0; i < md.replicas; i += 1) {
      addMachine(`${msName}-${i}`, machineSet, { 'cluster.x-k8s.io/deployment-name': mdName, 'cluster.x-k8s.io/set-name': msName }, false);
    }
  }
  if (o.withHealthCheck) {
    set.healthChecks.push(makeMachineHealthCheck({ version, namespace, cluster: o.name, name: `${o.name}-md-unhealthy-5m`, selector: { 'cluster.x-k8s.io/cluster-name': o.name }, expected: set.machines.length, healthy: set.machines.length }));
  }
  return set;
}

/** Finds an object of the set by kind and name; throws in fixtures only, where a typo must fail loudly. */
export function pick(objects: RawObject[], kind: string, name: string): RawObject {
  const found = objects.find((x) => x.kind === kind && (x.metadata as { name: string }).name === name);
  if (!found) throw new Error(`fixture: no ${kind} ${name}`);
  return found;
}
