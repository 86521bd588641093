// What a team asks for when it requests a cluster from a ClusterClass: the topology fields of a
// Cluster, independent of the API version the management cluster serves.

export interface WorkerPoolSpec {
  /** The ClusterClass's MachineDeployment class (`spec.workers.machineDeployments[].class`). */
  class: string;
  /** Pool name, unique within the cluster (a DNS label). */
  name: string;
  replicas: number;
  /** Per-pool variable values (`variables.overrides`), by variable name. */
  overrides?: Record<string, unknown>;
}

export interface ClusterRequestSpec {
  namespace: string;
  name: string;
  classRef: { name: string; namespace: string };
  /** Kubernetes version, e.g. `v1.34.1`. */
  version: string;
  controlPlaneReplicas: number;
  workers: WorkerPoolSpec[];
  /** Cluster-wide variable values, by variable name. Undefined values are left out. */
  variables: Record<string, unknown>;
  /** Extra labels, e.g. the team label. */
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The Cluster API version a management cluster serves: `v1beta2`, or `v1beta1` for CAPI v1.10 and older. */
export type ClusterApiVersion = 'v1beta1' | 'v1beta2';
