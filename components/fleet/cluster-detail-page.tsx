'use client';

import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { ConditionTable } from './condition-table';
import { fleetQueries } from './fleet-queries';
import { HealthBadge } from './health-badge';
import { useFleetStream } from './use-fleet-stream';

export function ClusterDetailPage(props: { managementCluster: string; namespace: string; name: string }) {
  useFleetStream();
  const { data, error, isPending } = useQuery(fleetQueries.cluster(props));
  if (isPending) return <LoadingState label="Loading the cluster…" />;
  if (error) return <ErrorState title="The cluster could not be loaded" message={error.message} />;
  const { summary, objects, managementCluster } = data;
  const facts: [string, string][] = [
    ['Management cluster', `${managementCluster.displayName} (${managementCluster.status}, CAPI ${managementCluster.capiApiVersion ?? '?'})`],
    ['Namespace', summary.namespace],
    ['Team', summary.team ?? '–'],
    ['ClusterClass', summary.clusterClass ? `${summary.clusterClass.namespace}/${summary.clusterClass.name}` : '–'],
    ['Infrastructure', `${summary.infrastructureProvider}${summary.infrastructureKind ? ` (${summary.infrastructureKind})` : ''}`],
    ['Phase', summary.phase ?? '–'],
    ['Control plane', `${summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired ?? '–'} · ${summary.controlPlaneReplicas.ready ?? 0}/${summary.controlPlaneReplicas.desired ?? 0} ready`],
    ['Workers', `${summary.workerReplicas.ready ?? 0}/${summary.workerReplicas.desired ?? 0} ready · ${summary.workerVersions.map((md) => `${md.name}: ${md.observed.join(', ') || md.desired || '?'}`).join('; ') || '–'}`],
  ];
  return (
    <>
      <PageHeader title={summary.name} description={`${summary.managementCluster} / ${summary.namespace}`} actions={<HealthBadge health={summary.health} />} />
      <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase text-slate-500">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="conditions">
        <h2 id="conditions" className="mb-2 font-semibold">Conditions</h2>
        <ConditionTable conditions={summary.conditions} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="objects">
        <h2 id="objects" className="mb-2 font-semibold">Objects ({objects.length})</h2>
        <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {objects.map((object) => (
            <li key={`${object.kind}/${object.name}`} className="truncate">
              <span className="text-slate-500">{object.kind}</span> {object.name}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
