// What the fleet service needs from the access layer: for each management cluster, its informer
// caches (which appear as discovery finds kinds). Implemented over lib/k8s in create-fleet-source.ts.

export interface SourceObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; uid: string; resourceVersion: string; labels?: unknown; ownerReferences?: unknown };
  spec?: unknown;
}

export type SourceEvent = { type: 'added' | 'updated' | 'deleted'; object: SourceObject };

export interface SourceCache {
  /** Unique within the management cluster, e.g. `Machine.cluster.x-k8s.io`. */
  key: string;
  kind: string;
  group: string;
  list(): SourceObject[];
  /** One raw object, read from the cache on demand (the fleet keeps only normalized copies). */
  get(namespace: string | undefined, name: string): SourceObject | undefined;
  subscribe(listener: (event: SourceEvent) => void): () => void;
}

export interface FleetSource {
  managementClusters(): string[];
  caches(managementCluster: string): SourceCache[];
}
