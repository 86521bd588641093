'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { LinkedText } from './linked-text';
import { triageQueries, type ClusterRef } from './triage-queries';

const SEVERITY = { normal: 'border-slate-300', warning: 'border-amber-500', error: 'border-red-600' } as const;
/** A 1,000-machine cluster has thousands of entries: the newest are drawn first, the rest on request. */
const FIRST_ENTRIES = 100;

export function ClusterTimeline(props: ClusterRef) {
  const query = useQuery(triageQueries.timeline(props));
  const [showAll, setShowAll] = useState(false);
  const entries = query.data?.entries ?? [];
  const shown = showAll ? entries : entries.slice(0, FIRST_ENTRIES);
  return (
    <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-2 font-semibold">Timeline</h2>
      {query.isPending ? <LoadingState label="Loading the timeline…" /> : null}
      {query.isError ? <ErrorState title="The timeline could not be loaded" message={query.error.message} /> : null}
      {query.data && !query.data.historyAvailable ? <p className="mb-2 text-sm text-amber-800">Condition history is unavailable right now (database): showing Events only.</p> : null}
      {query.data && query.data.entries.length === 0 ? <p className="text-sm text-slate-500">No transitions or events recorded yet.</p> : null}
      {query.data && query.data.entries.length > 0 ? (
        <ol className="max-h-96 space-y-1 overflow-y-auto text-sm">
          {shown.map((entry, index) => (
            <li key={index} className={`border-l-4 pl-2 ${SEVERITY[entry.severity]}`}>
              <span className="text-xs text-slate-500">{entry.at}</span>{' '}
              <span className="text-slate-500">{entry.objectKind}</span> {entry.objectName} · <span className="font-medium">{entry.title}</span>
              {entry.source === 'condition' && entry.reason ? ` · ${entry.reason}` : ''}
              {entry.message ? <span className="block whitespace-pre-wrap break-words text-slate-700"><LinkedText text={entry.message} /></span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {shown.length < entries.length ? (
        <button type="button" className="mt-2 rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100" onClick={() => setShowAll(true)}>
          Show all {entries.length} entries
        </button>
      ) : null}
    </section>
  );
}
