import type { KubeFailureKind } from '../request/kube-failure';
import type { ObjectCacheReader } from './object-cache';

export interface InformerResource {
  group: string;
  version: string;
  apiVersion: string;
  plural: string;
  kind: string;
  namespaced: boolean;
}

export interface InformerTuning {
  pageSize: number;
  /** Deadline of each list (page) request. */
  listTimeoutMs: number;
  /** Server-side watch timeout; randomised ±25% so watches do not all end together. */
  watchTimeoutSeconds: number;
  /** Staleness watchdog: no event or bookmark for this long restarts the watch. */
  staleAfterMs: number;
  backoffMinMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_TUNING: InformerTuning = {
  pageSize: 500,
  listTimeoutMs: 60_000,
  watchTimeoutSeconds: 300,
  staleAfterMs: 90_000,
  backoffMinMs: 1_000,
  backoffMaxMs: 30_000,
};

export type InformerPhase = 'pending' | 'listing' | 'watching' | 'backoff' | 'stopped';

export interface InformerStatus {
  group: string;
  version: string;
  kind: string;
  plural: string;
  phase: InformerPhase;
  /** Listed successfully at least once: the cache holds a full picture (maybe an old one). */
  synced: boolean;
  /** False while the last attempt failed or the watch went silent. */
  healthy: boolean;
  lastSyncAt: string | null;
  lastEventAt: string | null;
  unhealthySince: string | null;
  /** Safe text: API server Status messages or a fixed network-error vocabulary. */
  error: string | null;
  errorKind: KubeFailureKind | 'watchdog' | null;
  objectCount: number;
  relists: number;
  watchRestarts: number;
}

export interface Informer {
  resource: InformerResource;
  cache: ObjectCacheReader;
  status(): InformerStatus;
  stop(): void;
}
