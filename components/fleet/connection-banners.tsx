import type { ClusterListResponse } from '@/lib/fleet/list-clusters';

function since(iso: string | null): string {
  if (!iso) return 'unknown';
  return new Date(iso).toLocaleString();
}

/** One banner per management cluster that is not live: its clusters are shown from the last sync. */
export function ConnectionBanners({ managementClusters }: { managementClusters: ClusterListResponse['managementClusters'] }) {
  const troubled = managementClusters.filter((cluster) => cluster.status !== 'connected');
  if (troubled.length === 0) return null;
  return (
    <div className="mb-4 space-y-2">
      {troubled.map((cluster) => (
        <div
          key={cluster.name}
          role="status"
          data-testid={`banner-${cluster.name}`}
          className={`rounded-md border px-3 py-2 text-sm ${cluster.status === 'syncing' || cluster.status === 'connecting' ? 'border-sky-200 bg-sky-50 text-sky-900' : 'border-amber-300 bg-amber-50 text-amber-950'}`}
        >
          <strong>{cluster.displayName}</strong>: {cluster.status}
          {cluster.staleSince ? ` — data as of ${since(cluster.lastSyncAt)}, stale since ${since(cluster.staleSince)}` : ''}
          {cluster.message ? <span className="block text-xs">{cluster.message}</span> : null}
        </div>
      ))}
    </div>
  );
}
