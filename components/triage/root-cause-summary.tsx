import type { RootCause } from '@/lib/capi/root-cause/types';
import { LinkedText } from './linked-text';

/** The chain from the Cluster to the deepest failing link, its class and the on-call hint. */
export function RootCauseSummary(props: { rootCause: RootCause | null; onShow: (objectId: string) => void }) {
  const { rootCause } = props;
  if (!rootCause) return <p className="mb-3 rounded border border-emerald-300 bg-emerald-50 p-2 text-sm">Nothing is failing.</p>;
  const deepest = rootCause.deepest;
  const condition = deepest?.failing[0] ?? deepest?.condition;
  return (
    <div className="mb-3 rounded border border-red-300 bg-red-50 p-3 text-sm" role="region" aria-label="Root cause">
      <p>
        <span className="mr-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold uppercase text-white">{rootCause.classification}</span>
        {deepest ? (
          <button type="button" className="font-semibold underline" onClick={() => props.onShow(deepest.objectId)}>
            {deepest.kind} {deepest.name}
          </button>
        ) : null}
        {condition ? (
          <span data-testid="root-cause-reason">
            {' '}
            · {condition.type} {condition.status}
            {condition.reason ? ` · ${condition.reason}` : ''}
          </span>
        ) : null}
      </p>
      {condition?.message ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-800"><LinkedText text={condition.message} /></p> : null}
      <p className="mt-1 text-slate-800">{rootCause.hint.meaning}</p>
      <p className="text-slate-600">Next: {rootCause.hint.nextEvidence}</p>
      <p className="mt-1 text-xs text-slate-600">Chain: {rootCause.chain.map((link) => `${link.kind}/${link.name}`).join(' → ')}</p>
    </div>
  );
}
