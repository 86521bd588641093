'use client';

import { useQuery } from '@tanstack/react-query';
import { ClusterActionsBar } from '@/components/requests/cluster-actions-bar';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import type { ClusterDetail } from '@/lib/fleet/get-cluster-detail';
import { fleetQueries } from './fleet-queries';
import { HealthBadge } from './health-badge';

function factsOf(data: ClusterDetail): [string, string][] {
  const { summary, managementCluster } = data;
  return [
    ['Management cluster', `${managementCluster.displayName} (${managementCluster.status}, CAPI ${managementCluster.capiApiVersion ?? '?'})`],
    ['Namespace', summary.namespace],
    ['Team', summary.team ?? '–'],
    ['ClusterClass', summary.clusterClass ? `${summary.clusterClass.namespace}/${summary.clusterClass.name}` : '–'],
    ['Infrastructure', `${summary.infrastructureProvider}${summary.infrastructureKind ? ` (${summary.infrastructureKind})` : ''}`],
    ['Phase', summary.phase ?? '–'],
    ['Control plane', `${summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired ?? '–'} · ${summary.controlPlaneReplicas.ready ?? 0}/${summary.controlPlaneReplicas.desired ?? 0} ready`],
    ['Workers', `${summary.workerReplicas.ready ?? 0}/${summary.workerReplicas.desired ?? 0} ready · ${summary.workerVersions.map((md) => `${md.name}: ${md.observed.join(', ') || md.desired || '?'}`).join('; ') || '–'}`],
  ];
}

/** Header, actions and facts of one cluster; the graph below loads on its own, without waiting for this. */
export function ClusterSummarySection({ canRequest, ...props }: { managementCluster: string; namespace: string; name: string; canRequest: boolean }) {
  const { data, error, isPending } = useQuery(fleetQueries.cluster(props));
  if (isPending) return <LoadingState label="Loading the cluster…" />;
  if (error) return <ErrorState title="The cluster could not be loaded" message={error.message} />;
  const { summary, objects } = data;
  return (
    <>
      <PageHeader title={summary.name} description={`${summary.managementCluster} / ${summary.namespace}`} actions={<HealthBadge health={summary.health} />} />
      {canRequest ? <ClusterActionsBar {...props} version={summary.controlPlaneVersion.desired ?? summary.controlPlaneVersion.observed ?? null} paused={summary.paused} objects={objects} /> : null}
      <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        {factsOf(data).map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase text-slate-500">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
