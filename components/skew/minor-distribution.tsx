import type { MinorRow } from '@/lib/fleet/skew/skew-types';
import { EolBadge } from './eol-badge';

const BAR: Record<string, string> = { supported: 'bg-emerald-500', 'ending-soon': 'bg-amber-500', 'end-of-life': 'bg-red-500', unknown: 'bg-slate-400' };

/** Bar chart (HTML, no chart library) and table of control-plane clusters and worker machines per minor. */
export function MinorDistribution({ minors }: { minors: MinorRow[] }) {
  const maxClusters = Math.max(1, ...minors.map((row) => row.controlPlaneClusters));
  const maxMachines = Math.max(1, ...minors.map((row) => row.workerMachines));
  return (
    <table className="w-full text-left text-sm" aria-label="Kubernetes minors across the fleet">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-1 pr-3">Minor</th>
          <th className="py-1 pr-3">Released</th>
          <th className="py-1 pr-3">Support</th>
          <th className="w-1/4 py-1 pr-3">Control planes (clusters)</th>
          <th className="w-1/4 py-1">Workers (machines)</th>
        </tr>
      </thead>
      <tbody>
        {minors.map((row) => (
          <tr key={row.minor} className="border-t border-slate-100" data-testid={`minor-${row.minor}`}>
            <td className="py-1.5 pr-3 font-medium">v{row.minor}</td>
            <td className="py-1.5 pr-3 text-slate-600">{row.releaseDate ?? '–'}</td>
            <td className="py-1.5 pr-3">
              <EolBadge eol={row.eol} />
            </td>
            <td className="py-1.5 pr-3">
              <div className="flex items-center gap-2">
                <div className={`h-3 rounded ${BAR[row.eol.state]}`} style={{ width: `${(row.controlPlaneClusters / maxClusters) * 100}%`, minWidth: row.controlPlaneClusters > 0 ? 4 : 0 }} aria-hidden />
                <span>{row.controlPlaneClusters}</span>
              </div>
            </td>
            <td className="py-1.5">
              <div className="flex items-center gap-2">
                <div className={`h-3 rounded ${BAR[row.eol.state]} opacity-70`} style={{ width: `${(row.workerMachines / maxMachines) * 100}%`, minWidth: row.workerMachines > 0 ? 4 : 0 }} aria-hidden />
                <span>{row.workerMachines}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
