import { requestSteps } from './request-steps';
import type { ChangeRequestView } from './request-types';

const STYLES = {
  done: 'border-emerald-600 bg-emerald-50 text-emerald-900',
  current: 'border-sky-700 bg-sky-50 text-sky-900 font-semibold',
  todo: 'border-slate-200 text-slate-500',
  failed: 'border-red-600 bg-red-50 text-red-900 font-semibold',
} as const;

export function StateTimeline({ type, state }: Pick<ChangeRequestView, 'type' | 'state'>) {
  return (
    <ol aria-label="Request progress" className="mb-6 flex flex-wrap gap-2">
      {requestSteps(type, state).map((step) => (
        <li key={step.state} aria-current={step.status === 'current' ? 'step' : undefined} className={`rounded border-2 px-3 py-1 text-sm ${STYLES[step.status]}`}>
          {step.state}
          <span className="sr-only"> ({step.status})</span>
        </li>
      ))}
    </ol>
  );
}
