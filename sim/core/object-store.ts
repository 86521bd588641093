// The contract between the API server (HTTP), the simulated controllers and the scenarios.
// Objects are always held in the resource type's storage version.
import type { GroupResource, KubeObject } from './kube-object';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface WriteOptions {
  /** manager recorded in managedFields (Update operation) */
  fieldManager?: string;
  dryRun?: boolean;
  /** apiVersion the client wrote in (recorded in managedFields); defaults to the object's apiVersion */
  apiVersion?: string;
  /** update() also replaces status: for types without a status subresource */
  replaceStatus?: boolean;
  /** the subresource written through (recorded in managedFields), e.g. 'scale' */
  subresource?: string;
  /** openAPIV3Schema of the written version: managedFields track keyed lists item by item */
  schema?: Record<string, unknown>;
}

export interface DeleteOptions extends WriteOptions {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  /** DeleteOptions.preconditions: a mismatch is a Conflict */
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface ObjectStore {
  /** Current global resourceVersion (a decimal string). */
  currentResourceVersion(): string;
  get(gr: GroupResource, namespace: string | undefined, name: string): KubeObject | undefined;
  list(gr: GroupResource, options?: ListOptions): { items: KubeObject[]; resourceVersion: string };
  /** Sets uid, resourceVersion, creationTimestamp, generation (and name from generateName). */
  create(gr: GroupResource, object: KubeObject, options?: WriteOptions): KubeObject;
  /** Replaces spec/metadata (status is kept); bumps generation when spec changes. Throws a Conflict ApiError on a stale resourceVersion when one is given. */
  update(gr: GroupResource, object: KubeObject, options?: WriteOptions): KubeObject;
  /** Replaces status only (the status subresource). */
  updateStatus(gr: GroupResource, object: KubeObject, options?: WriteOptions): KubeObject;
  /** Sets deletionTimestamp when finalizers remain, else removes; then garbage-collects dependents per propagationPolicy. */
  delete(gr: GroupResource, namespace: string | undefined, name: string, options?: DeleteOptions): KubeObject | undefined;
  /** Subscribes to changes after `resourceVersion` (all of them when omitted: no replay). Returns an unsubscribe function. */
  watch(gr: GroupResource, options: ListOptions & { resourceVersion?: string }, onEvent: (event: WatchEvent) => void): () => void;
}
