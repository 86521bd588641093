// A ClusterClass as read from one management cluster's informer cache.
export interface ClassObject {
  managementCluster: string;
  /** The object as served (`cluster.x-k8s.io/v1beta2`, or v1beta1 on CAPI v1.10 and older). */
  object: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; annotations?: unknown }; spec?: unknown; status?: unknown };
}

/** Where ClusterClasses come from; the default reads the shared informers, tests pass fixtures. */
export type ClassSource = () => ClassObject[];
