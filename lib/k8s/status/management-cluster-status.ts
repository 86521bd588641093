import type { InformerStatus } from '../informers/informer-types';
import type { KubeFailureKind } from '../request/kube-failure';

export type ManagementClusterState = 'connecting' | 'syncing' | 'connected' | 'stale' | 'unreachable' | 'refused';

export interface DiscoveryState {
  phase: 'pending' | 'failed' | 'done';
  error: string | null;
  errorKind: KubeFailureKind | null;
  failingSince: string | null;
  capiVersion: string | null;
  capiServedVersions: string[];
}

export interface ManagementClusterStatus {
  name: string;
  displayName: string;
  labels: Record<string, string>;
  state: ManagementClusterState;
  /** Last moment every kind was known to be in sync (null: never). */
  lastSyncAt: string | null;
  /** Since when the cached data may be outdated (null while fresh). */
  staleSince: string | null;
  /** Safe text for the UI: a refusal reason, an API server message or a network-error description. */
  error: string | null;
  /** Served Cluster API version Quarterdeck reads (v1beta2, or v1beta1 on CAPI ≤ v1.10). */
  capiVersion: string | null;
  capiServedVersions: string[];
  kinds: InformerStatus[];
}
