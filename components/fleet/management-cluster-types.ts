// The JSON shape of GET /api/management-clusters, as the browser sees it (no credentials).
export type ManagementClusterStatus = 'connecting' | 'syncing' | 'connected' | 'stale' | 'unreachable' | 'refused';

export interface ManagementClusterView {
  name: string;
  displayName: string;
  labels: Record<string, string>;
  status: ManagementClusterStatus;
  message: string | null;
  lastSyncAt: string | null;
  staleSince: string | null;
  capiApiVersion: string | null;
  providers: { name: string; type: string; version: string }[];
}
