'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ClusterGraphSection } from '@/components/triage/cluster-graph-section';
import { ClusterTimeline } from '@/components/triage/cluster-timeline';
import { useTriageStream } from '@/components/triage/use-triage-stream';
import { ClusterSummarySection } from './cluster-summary-section';
import { ConditionTable } from './condition-table';
import { fleetQueries } from './fleet-queries';

function ClusterConditions(props: { managementCluster: string; namespace: string; name: string }) {
  const { data } = useQuery(fleetQueries.cluster(props));
  if (!data) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">
        Cluster conditions ({data.summary.conditions.length}) · {data.objectCount} objects
      </summary>
      <ConditionTable conditions={data.summary.conditions} />
    </details>
  );
}

export function ClusterDetailPage({ canRequest = false, canReadAudit = false, ...props }: { managementCluster: string; namespace: string; name: string; canRequest?: boolean; canReadAudit?: boolean }) {
  useTriageStream(props);
  return (
    <>
      <ClusterSummarySection {...props} canRequest={canRequest} />
      <ClusterGraphSection {...props} />
      <ClusterTimeline {...props} />
      {canReadAudit ? (
        <p className="-mt-4 mb-6 text-sm">
          <Link className="text-sky-800 underline" href={`/audit?${new URLSearchParams(props).toString()}`}>Audit trail of this cluster</Link> (changes and downloads merged with its conditions)
        </p>
      ) : null}
      <ClusterConditions {...props} />
    </>
  );
}
