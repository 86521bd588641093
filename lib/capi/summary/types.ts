import { type NormalizedCondition, type ReplicaCounters } from '../normalize/types';

export type ClusterHealth = 'healthy' | 'degraded' | 'failing' | 'provisioning' | 'deleting' | 'paused' | 'unknown';

export interface VersionPair {
  desired?: string;
  /** What runs: KCP `status.version`, or the distinct kubelet versions of the machines. */
  observed?: string;
}

export interface WorkerVersions {
  /** A MachineDeployment or a MachinePool. */
  kind: 'MachineDeployment' | 'MachinePool';
  name: string;
  desired?: string;
  /** Distinct kubelet versions of its Machines, sorted. */
  observed: string[];
  /** Number of Machines per kubelet version. */
  machinesByVersion: Record<string, number>;
}

export interface ClusterSummary {
  /** `managementCluster/namespace/name`. */
  id: string;
  managementCluster: string;
  namespace: string;
  name: string;
  team?: string;
  clusterClass?: { name: string; namespace: string };
  infrastructureProvider: string;
  infrastructureKind?: string;
  servedVersion: string;
  phase?: string;
  health: ClusterHealth;
  /** The condition the health was derived from (Available in v1beta2, Ready in v1beta1). */
  healthCondition?: NormalizedCondition;
  controlPlaneVersion: VersionPair;
  workerVersions: WorkerVersions[];
  controlPlaneReplicas: ReplicaCounters;
  workerReplicas: ReplicaCounters;
  paused: boolean;
  deleting: boolean;
  upgrading: boolean;
  createdAt?: string;
  ageSeconds?: number;
  conditions: NormalizedCondition[];
}
