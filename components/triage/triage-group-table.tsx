import Link from 'next/link';
import type { TriageGroup } from '@/lib/triage/triage-types';

function age(since: string | null, now: number): string {
  if (!since) return '–';
  const minutes = Math.max(0, Math.round((now - Date.parse(since)) / 60_000));
  if (Number.isNaN(minutes)) return '–';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${Math.floor(minutes / 1440)} d`;
}

/** One cause class of the queue; every cluster-supplied string is rendered as text. */
export function TriageGroupTable({ group, now }: { group: TriageGroup; now: number }) {
  const headingId = `triage-${group.cause}`;
  return (
    <section className="mb-6 rounded-lg border border-slate-200 bg-white" aria-labelledby={headingId}>
      <h2 id={headingId} className="border-b border-slate-200 px-4 py-2 font-semibold">
        {group.cause} <span className="text-sm font-normal text-slate-500">({group.rows.length})</span>
      </h2>
      <table className="w-full table-fixed text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="w-20 px-4 py-1">Severity</th>
            <th className="w-64 px-2 py-1">Cluster</th>
            <th className="w-64 px-2 py-1">First failing link</th>
            <th className="px-2 py-1">Reason and message</th>
            <th className="w-28 px-2 py-1">Since</th>
          </tr>
        </thead>
        <tbody>
          {group.rows.map((row) => (
            <tr key={row.clusterId} className="border-t border-slate-100 align-top" data-testid="triage-row" data-cluster-id={row.clusterId}>
              <td className="px-4 py-2">
                <span className={row.severity === 'critical' ? 'font-semibold text-red-700' : 'text-amber-700'}>{row.severity}</span>
                <span className="block text-xs text-slate-500">{row.kind}{row.activity ? ` · ${row.activity}` : ''}</span>
              </td>
              <td className="break-words px-2 py-2">
                <Link href={row.href} className="font-medium text-indigo-700 underline">{row.cluster}</Link>
                <span className="block text-xs text-slate-500">{row.managementCluster} / {row.namespace}{row.team ? ` · ${row.team}` : ''}</span>
              </td>
              <td className="break-words px-2 py-2">
                {row.link ? (
                  <Link href={row.href} className="text-indigo-700 underline">
                    {row.link.kind} {row.link.name}
                  </Link>
                ) : '–'}
              </td>
              <td className="break-words px-2 py-2">
                {row.reason ? <span className="font-medium">{row.reason}</span> : null}
                {row.message ? <span className="block whitespace-pre-wrap text-slate-700">{row.message}</span> : null}
                {row.hint ? <span className="block text-xs text-slate-500">{row.hint}</span> : null}
              </td>
              <td className="px-2 py-2" title={row.since ?? ''}>{age(row.since, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
