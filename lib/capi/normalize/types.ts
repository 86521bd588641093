/** Condition status as written by every Kubernetes API. */
export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** Severity only exists on v1beta1 (deprecated) conditions. */
export type ConditionSeverity = 'Error' | 'Warning' | 'Info' | '';

export interface NormalizedCondition {
  type: string;
  status: ConditionStatus;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  severity?: ConditionSeverity;
}

/** A reference to another object, independent of the v1beta1 (apiVersion) / v1beta2 (apiGroup) shape. */
export interface NormalizedRef {
  kind: string;
  name: string;
  apiGroup?: string;
  namespace?: string;
}

export interface NormalizedOwnerReference {
  apiGroup: string;
  kind: string;
  name: string;
  uid?: string;
  controller: boolean;
}

export interface ReplicaCounters {
  desired?: number;
  current?: number;
  ready?: number;
  available?: number;
  upToDate?: number;
}

export interface MachineDeploymentTopology {
  class: string;
  name: string;
  replicas?: number;
}

export interface NormalizedTopology {
  className?: string;
  classNamespace?: string;
  version?: string;
  controlPlaneReplicas?: number;
  machineDeployments: MachineDeploymentTopology[];
  machinePools: MachineDeploymentTopology[];
}

export interface NormalizedVersions {
  /** `spec.version` (KCP, Machine, MD/MS/MP template) or `spec.topology.version`. */
  desired?: string;
  /** `status.version` of a control plane: the lowest version among its machines. */
  observed?: string;
  /** `status.nodeInfo.kubeletVersion` of a Machine. */
  kubelet?: string;
}

/** Flags from v1beta2 `status.initialization` or their v1beta1 ancestors. */
export interface InitializationFlags {
  infrastructureProvisioned?: boolean;
  controlPlaneInitialized?: boolean;
  bootstrapDataSecretCreated?: boolean;
}

/** The served API version the object was read in; `other` for non-CAPI groups (providers, etc.). */
export type ServedVersion = 'v1beta1' | 'v1beta2' | 'other';

export interface NormalizedObject {
  /** Stable id: `kind/namespace/name`. */
  id: string;
  kind: string;
  apiGroup: string;
  apiVersion: string;
  servedVersion: ServedVersion;
  namespace: string;
  name: string;
  uid: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  ownerReferences: NormalizedOwnerReference[];
  creationTimestamp?: string;
  deletionTimestamp?: string;
  generation?: number;
  observedGeneration?: number;
  finalizers: string[];
  /** `spec.paused` or the `cluster.x-k8s.io/paused` annotation. */
  paused: boolean;
  clusterName?: string;
  /** v1beta2 conditions, wherever the served version keeps them. */
  conditions: NormalizedCondition[];
  /** v1beta1 conditions, wherever the served version keeps them. */
  v1beta1Conditions: NormalizedCondition[];
  phase?: string;
  controlPlaneRef?: NormalizedRef;
  infrastructureRef?: NormalizedRef;
  bootstrapConfigRef?: NormalizedRef;
  topology?: NormalizedTopology;
  /** MachineDeployment, MachineSet, MachinePool, control planes. */
  replicas?: ReplicaCounters;
  /** Cluster only: `status.controlPlane` (v1beta2) or `status.v1beta2.controlPlane` (v1beta1). */
  controlPlaneReplicas?: ReplicaCounters;
  /** Cluster only: `status.workers` (v1beta2) or `status.v1beta2.workers` (v1beta1). */
  workerReplicas?: ReplicaCounters;
  versions: NormalizedVersions;
  nodeRef?: string;
  providerID?: string;
  initialization: InitializationFlags;
  failureReason?: string;
  failureMessage?: string;
  /** `spec.selector.matchLabels` (MachineDeployment, MachineSet, MachineHealthCheck). */
  selector?: Record<string, string>;
  /** Infrastructure/bootstrap/provider objects report a plain boolean `status.ready` in older contracts. */
  ready?: boolean;
  /** Everything that could not be read as expected; never fatal. */
  parseWarnings: string[];
}
