'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { triageQueries, type ClusterRef } from './triage-queries';

/** The object's YAML, fetched when the section is opened (read-only, secrets redacted server-side). */
export function ObjectYaml(props: { cluster: ClusterRef; id: string }) {
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...triageQueries.yaml({ ...props.cluster, id: props.id }), enabled: open });
  return (
    <details className="mt-4" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">YAML (read-only, secrets redacted)</summary>
      {query.isPending && open ? <p className="text-slate-500">Loading…</p> : null}
      {query.isError ? <p className="text-red-700">{query.error.message}</p> : null}
      {query.data ? <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{query.data.yaml}</pre> : null}
    </details>
  );
}
