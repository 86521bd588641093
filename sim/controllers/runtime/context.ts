import type { SimClock } from '../../clock/sim-clock';
import type { SimRandom } from '../../clock/create-random';
import type { GroupResource, KubeObject } from '../../core/kube-object';
import type { ObjectStore } from '../../core/object-store';
import type { Durations } from '../durations';
import type { ObjectCache } from './object-cache';

export interface ResourceRef {
  apiGroup?: string;
  apiVersion?: string;
  kind: string;
}

export type ResolveResource = (ref: ResourceRef) => GroupResource | undefined;

export interface EventInput {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
}

/** Everything a reconciler may use; reconcilers never touch timers or the store directly otherwise. */
export interface ControllerContext {
  readonly store: ObjectStore;
  readonly clock: SimClock;
  readonly random: SimRandom;
  readonly durations: Durations;
  readonly cache: ObjectCache;
  gr(kind: string): GroupResource;
  nowIso(): string;
  enqueue(kind: string, namespace: string | undefined, name: string): void;
  requeueAfter(obj: KubeObject, ms: number): void;
  /** True once a jittered `ms` has passed since the first call for this object and step. */
  waited(obj: KubeObject, step: string, ms: number): boolean;
  /** Restarts a step's wait (used by faults that retry). */
  resetWait(obj: KubeObject, step: string): void;
  /** Drops the waits of a deleted object. */
  forget(uid: string): void;
  create(obj: KubeObject): KubeObject | undefined;
  /** Reads the latest object, applies `mutate` to a copy and writes it when spec/metadata changed. */
  patch(obj: KubeObject, mutate: (draft: KubeObject) => void): KubeObject | undefined;
  /** Writes `status` when it differs from the stored one. Returns true when written. */
  writeStatus(obj: KubeObject, status: Record<string, unknown>): boolean;
  remove(obj: KubeObject): void;
  event(obj: KubeObject, input: EventInput): void;
  onError(error: unknown, where: string): void;
}
