'use client';

import { useQuery } from '@tanstack/react-query';
import { fleetQueries } from '@/components/fleet/fleet-queries';
import type { ManagementClusterState } from '@/lib/fleet/management-cluster-view';

const DOT: Record<ManagementClusterState, string> = {
  connected: 'bg-emerald-500',
  syncing: 'bg-sky-500',
  connecting: 'bg-sky-300',
  stale: 'bg-amber-500',
  unreachable: 'bg-red-600',
  refused: 'bg-red-600',
};

/** Header indicator: one dot per management cluster, with its status as text for screen readers. */
export function ManagementClusterIndicator() {
  const { data, error, isPending } = useQuery(fleetQueries.managementClusters());
  if (isPending) return <span className="text-xs text-slate-500">Connecting…</span>;
  if (error) return <span className="text-xs text-red-700" role="alert">Management clusters: {error.message}</span>;
  if (data.items.length === 0) return <span className="text-xs text-slate-500">No management clusters configured</span>;
  return (
    <ul className="flex flex-wrap items-center gap-3" aria-label="Management clusters">
      {data.items.map((cluster) => (
        <li key={cluster.name} className="flex items-center gap-1.5 text-xs text-slate-700" title={cluster.message ?? cluster.status}>
          <span className={`size-2.5 rounded-full ${DOT[cluster.status]}`} aria-hidden />
          <span>{cluster.displayName}</span>
          <span className="sr-only">: {cluster.status}</span>
          {cluster.status !== 'connected' ? <span className="text-slate-500">({cluster.status})</span> : null}
        </li>
      ))}
    </ul>
  );
}
