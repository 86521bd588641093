import type { TrendPoint } from '@/lib/fleet/skew/get-skew-trend';

const COLOURS = ['#0c4a6e', '#0369a1', '#0ea5e9', '#7dd3fc', '#f59e0b', '#ef4444', '#8b5cf6', '#10b981'];

/** Stacked bars per day of control-plane minors (SVG, no chart library). */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  if (points.length === 0) return <p className="text-sm text-slate-500">No snapshots yet: the first daily snapshot is taken a minute after start-up.</p>;
  const minors = [...new Set(points.flatMap((point) => Object.keys(point.controlPlane)))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const max = Math.max(1, ...points.map((point) => Object.values(point.controlPlane).reduce((sum, count) => sum + count, 0)));
  const width = 640;
  const height = 160;
  const barWidth = Math.max(2, Math.min(24, width / points.length - 2));
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 20}`} className="w-full max-w-3xl" role="img" aria-label="Control-plane minors per day">
        {points.map((point, index) => {
          let y = height;
          return (
            <g key={point.day} transform={`translate(${index * (width / points.length)},0)`}>
              <title>{`${point.day}: ${minors.map((minor) => `v${minor} ${point.controlPlane[minor] ?? 0}`).join(', ')}`}</title>
              {minors.map((minor, minorIndex) => {
                const value = point.controlPlane[minor] ?? 0;
                const barHeight = (value / max) * height;
                y -= barHeight;
                return <rect key={minor} x={0} y={y} width={barWidth} height={barHeight} fill={COLOURS[minorIndex % COLOURS.length]} />;
              })}
            </g>
          );
        })}
        <text x={0} y={height + 16} fontSize={11} fill="#475569">
          {points[0]?.day}
        </text>
        <text x={width} y={height + 16} fontSize={11} fill="#475569" textAnchor="end">
          {points.at(-1)?.day}
        </text>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-xs text-slate-600">
        {minors.map((minor, index) => (
          <span key={minor} className="flex items-center gap-1">
            <span className="inline-block size-3 rounded-sm" style={{ background: COLOURS[index % COLOURS.length] }} aria-hidden />v{minor}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
