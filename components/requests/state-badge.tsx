import type { ChangeRequestState } from '@/lib/db/enums';

const STYLES: Record<ChangeRequestState, string> = {
  pending: 'bg-amber-100 text-amber-900',
  approved: 'bg-sky-100 text-sky-900',
  applying: 'bg-sky-100 text-sky-900',
  applied: 'bg-sky-100 text-sky-900',
  provisioning: 'bg-sky-100 text-sky-900',
  ready: 'bg-emerald-100 text-emerald-900',
  rejected: 'bg-red-100 text-red-900',
  failed: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-200 text-slate-800',
  expired: 'bg-slate-200 text-slate-800',
};

export function StateBadge({ state }: { state: ChangeRequestState }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[state]}`} data-testid="request-state">{state}</span>;
}
