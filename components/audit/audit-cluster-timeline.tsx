'use client';

import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { auditQueries } from './audit-queries';

const SOURCE = { audit: 'Quarterdeck', condition: 'Condition', event: 'Event' } as const;
const SEVERITY = { normal: 'border-slate-300', warning: 'border-amber-500', error: 'border-red-600' } as const;

/** One cluster's audit rows among its condition transitions and Events, newest first. */
export function AuditClusterTimeline(props: { managementCluster: string; namespace: string; name: string }) {
  const query = useQuery(auditQueries.timeline(props));
  return (
    <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="audit-timeline-heading">
      <h2 id="audit-timeline-heading" className="mb-2 font-semibold">Timeline of {props.namespace}/{props.name}</h2>
      {query.isPending ? <LoadingState label="Loading the cluster timeline…" /> : null}
      {query.isError ? <ErrorState title="The cluster timeline could not be loaded" message={query.error.message} /> : null}
      {query.data?.entries.length === 0 ? <p className="text-sm text-slate-500">Nothing recorded for this cluster yet.</p> : null}
      {query.data && query.data.entries.length > 0 ? (
        <ol className="max-h-96 space-y-1 overflow-y-auto text-sm" aria-label="Cluster timeline">
          {query.data.entries.map((entry, index) => (
            <li key={index} className={`border-l-4 pl-2 ${SEVERITY[entry.severity]} ${entry.source === 'audit' ? 'bg-sky-50' : ''}`}>
              <span className="text-xs text-slate-500">{entry.at}</span> <span className="text-xs font-medium uppercase text-slate-500">{SOURCE[entry.source]}</span>{' '}
              <span className="text-slate-500">{entry.objectKind}</span> {entry.objectName} · <span className="font-medium">{entry.title}</span>
              {entry.message ? <span className="block whitespace-pre-wrap break-words text-slate-700">{entry.message}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
