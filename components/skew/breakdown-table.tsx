import type { MinorCounts } from '@/lib/capi/skew/fleet-distribution';

/** Control-plane minors (clusters) and worker minors (machines) per team or management cluster. */
export function BreakdownTable({ title, groups, minors }: { title: string; groups: Record<string, MinorCounts>; minors: string[] }) {
  const names = Object.keys(groups).sort();
  return (
    <table className="w-full text-left text-sm" aria-label={title}>
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-1 pr-3">{title}</th>
          {minors.map((minor) => (
            <th key={minor} className="py-1 pr-3 text-right">
              v{minor}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name} className="border-t border-slate-100">
            <td className="py-1 pr-3 font-medium">{name}</td>
            {minors.map((minor) => {
              const planes = groups[name]?.controlPlane[minor] ?? 0;
              const workers = groups[name]?.workers[minor] ?? 0;
              return (
                <td key={minor} className="py-1 pr-3 text-right tabular-nums" title={`${planes} control planes, ${workers} worker machines`}>
                  {planes || workers ? `${planes} / ${workers}` : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <caption className="caption-bottom pt-1 text-left text-xs text-slate-500">Cells: control-plane clusters / worker machines.</caption>
    </table>
  );
}
