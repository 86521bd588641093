// What a scenario hands to the simulator: per management cluster, its settings and the objects
// to create, in the storage version of their resource type (v1beta2 for CAPI groups).
import type { ObjectMeta } from '../core/kube-object';

export type CapiApi = 'v1beta2' | 'v1beta1-only';

export type ScenarioName = 'demo' | 'scale' | 'empty';

/** An object before the store saw it: uid/resourceVersion are optional. */
export interface SeedObject {
  apiVersion: string;
  kind: string;
  [field: string]: unknown;
  metadata: Omit<ObjectMeta, 'uid' | 'resourceVersion' | 'creationTimestamp'> & {
    /** Scenario-assigned uid; owner references point at it. The seeder maps it to the store's uid. */
    uid?: string;
    /** Backdated creation time of objects created "earlier" (pre-reconciled history). */
    creationTimestamp?: string;
  };
}

/** Something to do once every object exists, e.g. start deleting a cluster. */
export interface AfterSeedAction {
  action: 'delete';
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface ManagementClusterPlan {
  name: string;
  displayName: string;
  labels: { region: string; environment: string } & Record<string, string>;
  capiApi: CapiApi;
  /** Objects in creation order (owners first). A function so that large scenarios stream. */
  objects: () => Iterable<SeedObject>;
  afterSeed: AfterSeedAction[];
  /** Record metadata.managedFields for seeded objects (off for large fleets: it roughly doubles their size). */
  managedFields: boolean;
  /** Approximate count of objects, for progress and memory planning. */
  objectCount: number;
}

export interface Scenario {
  name: ScenarioName;
  seed: number;
  description: string;
  managementClusters: ManagementClusterPlan[];
}
