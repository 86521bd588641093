const STYLES: Record<string, string> = {
  healthy: 'bg-emerald-100 text-emerald-900',
  degraded: 'bg-amber-100 text-amber-900',
  failing: 'bg-red-100 text-red-900',
  provisioning: 'bg-sky-100 text-sky-900',
  deleting: 'bg-violet-100 text-violet-900',
  paused: 'bg-slate-200 text-slate-800',
  unknown: 'bg-slate-100 text-slate-700',
};

export function HealthBadge({ health }: { health: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[health] ?? STYLES.unknown}`}>{health}</span>;
}
