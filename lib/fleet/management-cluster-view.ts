// The JSON shape of GET /api/management-clusters (no credentials, safe error text only).
export type ManagementClusterState = 'connecting' | 'syncing' | 'connected' | 'stale' | 'unreachable' | 'refused';

export interface ProviderView {
  name: string;
  type: string;
  version: string;
  namespace: string;
}

export interface ManagementClusterView {
  name: string;
  displayName: string;
  labels: Record<string, string>;
  status: ManagementClusterState;
  message: string | null;
  lastSyncAt: string | null;
  staleSince: string | null;
  capiApiVersion: string | null;
  capiServedVersions: string[];
  /** clusterctl Provider inventory: Cluster API core and provider versions. */
  providers: ProviderView[];
  clusterCount: number;
}
