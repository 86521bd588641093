'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { fleetQueries } from '@/components/fleet/fleet-queries';
import { useFleetStream } from '@/components/fleet/use-fleet-stream';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { BreakdownTable } from './breakdown-table';
import { ClusterSkewTable } from './cluster-skew-table';
import { MinorDistribution } from './minor-distribution';
import { ProviderVersions } from './provider-versions';
import { skewQueries } from './skew-queries';
import { TrendChart } from './trend-chart';

function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={id}>
      <div className="mb-3 flex items-center justify-between">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function SkewPage() {
  useFleetStream();
  const skew = useQuery(fleetQueries.skew());
  const trend = useQuery(skewQueries.trend(90));
  const managementClusters = useQuery(fleetQueries.managementClusters());
  if (skew.isPending) return <LoadingState label="Computing version skew…" />;
  if (skew.isError) return <ErrorState title="Version skew could not be computed" message={skew.error.message} />;
  const report = skew.data;
  const minors = report.minors.map((row) => row.minor);
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">
        <strong className="text-red-800">{report.violations}</strong> skew-policy violations, <strong className="text-amber-800">{report.warnings}</strong> warnings across {report.rows.length} clusters.
        Release calendar updated {report.calendarLastUpdated}.
      </p>
      <Section id="distribution" title="Kubernetes minors and end of life">
        <MinorDistribution minors={report.minors} />
      </Section>
      <Section id="clusters" title="Clusters" actions={<a className="text-sm text-sky-800 underline" href="/api/skew?format=csv" download>Export CSV</a>}>
        <ClusterSkewTable rows={report.rows} />
      </Section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="by-team" title="Per team">
          <BreakdownTable title="Team" groups={report.distribution.byTeam} minors={minors} />
        </Section>
        <Section id="by-mc" title="Per management cluster">
          <BreakdownTable title="Management cluster" groups={report.distribution.byManagementCluster} minors={minors} />
        </Section>
      </div>
      <Section id="trend" title="Version mix over time (control planes)">
        {trend.data ? <TrendChart points={trend.data.items} /> : trend.isError ? <ErrorState title="Trend unavailable" message={trend.error.message} /> : <LoadingState label="Loading the trend…" />}
      </Section>
      <Section id="providers" title="Cluster API and provider versions">
        {managementClusters.data ? <ProviderVersions managementClusters={managementClusters.data.items} /> : <LoadingState label="Loading management clusters…" />}
      </Section>
    </>
  );
}
