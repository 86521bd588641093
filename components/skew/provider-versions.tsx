import type { ManagementClusterView } from '@/lib/fleet/management-cluster-view';

/** Cluster API core and provider versions per management cluster (clusterctl Provider objects). */
export function ProviderVersions({ managementClusters }: { managementClusters: ManagementClusterView[] }) {
  return (
    <table className="w-full text-left text-sm" aria-label="Cluster API and provider versions">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-1 pr-3">Management cluster</th>
          <th className="py-1 pr-3">Served API</th>
          <th className="py-1">Providers</th>
        </tr>
      </thead>
      <tbody>
        {managementClusters.map((mc) => (
          <tr key={mc.name} className="border-t border-slate-100 align-top">
            <td className="py-1.5 pr-3 font-medium">{mc.displayName}</td>
            <td className="py-1.5 pr-3">{mc.capiApiVersion ?? '–'}</td>
            <td className="py-1.5">{mc.providers.map((provider) => `${provider.name} ${provider.version}`).join(', ') || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
