'use client';

import { stringify } from 'yaml';
import { buildDiffRows } from './diff-rows';
import type { ChangeRequestView } from './request-types';

const KIND = { added: 'bg-emerald-50', removed: 'bg-red-50', changed: 'bg-amber-50' } as const;

/** What the request changes against the object now on the cluster, and the full manifest. */
export function ManifestDiff({ request }: { request: ChangeRequestView }) {
  const rows = buildDiffRows(request.diff ?? []);
  return (
    <section aria-labelledby="diff-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="diff-heading" className="mb-2 font-semibold">Changes</h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{request.type === 'create-cluster' ? 'A new cluster: the whole manifest below is added.' : request.type === 'delete-cluster' ? 'The cluster and everything it owns are deleted.' : 'No field differences against the live object.'}</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label="Manifest diff">
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-2 py-1">Field</th>
              <th scope="col" className="px-2 py-1">Now</th>
              <th scope="col" className="px-2 py-1">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} className={KIND[row.kind]}>
                <td className="px-2 py-1 font-mono text-xs">{row.path}</td>
                <td className="whitespace-pre-wrap px-2 py-1 font-mono text-xs line-through decoration-red-400">{row.before}</td>
                <td className="whitespace-pre-wrap px-2 py-1 font-mono text-xs">{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {request.manifest ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">Manifest (YAML)</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100" aria-label="Manifest YAML">{stringify(request.manifest)}</pre>
        </details>
      ) : null}
    </section>
  );
}
