import type { EolStatus } from '@/lib/capi/skew/eol-status';

const STYLE: Record<EolStatus['state'], string> = {
  supported: 'bg-emerald-100 text-emerald-900',
  'ending-soon': 'bg-amber-100 text-amber-900',
  'end-of-life': 'bg-red-100 text-red-900',
  unknown: 'bg-slate-100 text-slate-700',
};

export function eolText(eol: EolStatus): string {
  if (eol.state === 'unknown' || !eol.endOfLifeDate) return 'end of life unknown';
  if (eol.state === 'end-of-life') return `end of life ${eol.endOfLifeDate}`;
  return `${eol.state === 'ending-soon' ? 'ends' : 'supported until'} ${eol.endOfLifeDate}${eol.daysLeft !== undefined ? ` (${eol.daysLeft} days)` : ''}`;
}

export function EolBadge({ eol }: { eol: EolStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLE[eol.state]}`}>{eolText(eol)}</span>;
}
