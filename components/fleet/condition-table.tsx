import type { NormalizedCondition } from '@/lib/capi/normalize/types';

const STATUS_STYLE: Record<string, string> = { True: 'text-emerald-700', False: 'text-red-700', Unknown: 'text-slate-500' };

/** Conditions as text: every cluster-supplied string is rendered by React, never as HTML. */
export function ConditionTable({ conditions }: { conditions: NormalizedCondition[] }) {
  if (conditions.length === 0) return <p className="text-sm text-slate-500">No conditions reported.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-1 pr-3">Type</th>
          <th className="py-1 pr-3">Status</th>
          <th className="py-1 pr-3">Reason</th>
          <th className="py-1 pr-3">Message</th>
          <th className="py-1">Since</th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((condition) => (
          <tr key={condition.type} className="border-t border-slate-100 align-top">
            <td className="py-1 pr-3 font-medium">{condition.type}</td>
            <td className={`py-1 pr-3 ${STATUS_STYLE[condition.status] ?? ''}`}>{condition.status}</td>
            <td className="py-1 pr-3">{condition.reason ?? ''}</td>
            <td className="max-w-xl whitespace-pre-wrap break-words py-1 pr-3 text-slate-700">{condition.message ?? ''}</td>
            <td className="whitespace-nowrap py-1 text-slate-500">{condition.lastTransitionTime ? new Date(condition.lastTransitionTime).toLocaleString() : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
