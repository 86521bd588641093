import type { FleetTiles as Tiles } from '@/lib/fleet/summarize-fleet';

function Tile({ label, value, tone = 'text-slate-900' }: { label: string; value: number; tone?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className={`mt-1 text-2xl font-semibold ${tone}`}>{value}</dd>
    </div>
  );
}

export function FleetTiles({ tiles }: { tiles: Tiles }) {
  const health = (key: string) => tiles.byHealth[key] ?? 0;
  return (
    <section aria-label="Fleet summary" className="mb-4 space-y-3">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
        <Tile label="Clusters" value={tiles.total} />
        <Tile label="Healthy" value={health('healthy')} tone="text-emerald-700" />
        <Tile label="Degraded" value={health('degraded')} tone="text-amber-700" />
        <Tile label="Failing" value={health('failing')} tone="text-red-700" />
        <Tile label="Provisioning" value={health('provisioning')} tone="text-sky-700" />
        <Tile label="Stuck" value={tiles.stuck} tone="text-red-700" />
        <Tile label="Upgrading" value={tiles.upgrading} />
        <Tile label="Deleting" value={tiles.deleting} tone="text-violet-700" />
      </dl>
      <dl className="flex flex-wrap gap-2 text-xs text-slate-600" aria-label="Clusters per management cluster">
        {Object.entries(tiles.byManagementCluster).map(([name, count]) => (
          <div key={name} className="rounded border border-slate-200 bg-white px-2 py-1">
            <dt className="inline">{name}: </dt>
            <dd className="inline font-semibold text-slate-900">{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
