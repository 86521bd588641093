'use client';

import { useCallback, useMemo, useReducer } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { apiFieldErrors, type FormErrors } from './api-field-errors';
import { ClusterBasicsSection } from './cluster-basics-section';
import { ErrorSummary } from './error-summary';
import type { FieldHost } from './field-host';
import type { FieldPath } from './form-path';
import { labelForPath } from './label-for-path';
import type { RequestFormModel } from './request-form-model';
import { errorsAt, initialRequestFormState, requestFormReducer } from './request-form-state';
import { useRequestPreview } from './use-request-preview';
import { useSubmitRequest } from './use-submit-request';
import { validateRequest, validateTtl } from './validate-request';
import { VariablesSection } from './variables-section';
import { WorkerPoolsSection } from './worker-pools-section';
import { YamlPreviewPanel } from './yaml-preview-panel';

/** The generated request form: one reducer, live checks, debounced dry-run preview, submit. */
export function RequestForm({ model }: { model: RequestFormModel }) {
  const [state, dispatch] = useReducer(requestFormReducer, model.defaults, initialRequestFormState);
  const clientErrors = useMemo(() => [...validateRequest({ form: model, values: state.values }), ...validateTtl(state.ttlHours)], [model, state.values, state.ttlHours]);
  const onErrors = useCallback((errors: FormErrors) => dispatch({ type: 'dry-run', ...errors }), []);
  const preview = useRequestPreview({ values: state.values, valid: clientErrors.length === 0, onErrors });
  const submit = useSubmitRequest();
  const host: FieldHost = useMemo(() => ({ dispatch, errorsFor: (path: FieldPath) => errorsAt({ path, clientErrors, state }) }), [clientErrors, state]);

  const summary = useMemo(() => {
    const overrides = (index: number) => model.overridesFor(state.values.workers[index]?.class ?? '');
    const all = [...clientErrors, ...Object.entries(state.serverErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })))];
    const unique = all.filter((error, index) => all.findIndex((other) => other.field === error.field && other.message === error.message) === index);
    return unique.map((error) => ({ ...error, label: labelForPath({ key: error.field, variables: model.variables, overrides }) }));
  }, [clientErrors, state.serverErrors, state.values.workers, model]);

  const blocked = clientErrors.length > 0 || preview.status !== 'passed' || submit.isPending;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    submit.mutate(state, { onError: (error) => dispatch({ type: 'dry-run', ...apiFieldErrors(error, { bodyPrefix: 'request' }) }) });
  };

  return (
    <form className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,36rem)]" onSubmit={onSubmit} noValidate aria-label={`Request a cluster from ${model.className}`}>
      <div className="flex flex-col gap-6">
        <ClusterBasicsSection values={state.values} namespaces={model.namespaces} versions={model.versions} ttlHours={state.ttlHours} host={host} />
        <WorkerPoolsSection values={state.values} workerClasses={model.workerClasses} overridesFor={model.overridesFor} host={host} />
        <VariablesSection variables={model.variables} values={state.values.variables} host={host} />
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          Comment for the approvers
          <textarea className="rounded-md border border-slate-300 px-2 py-1 text-sm font-normal" rows={2} maxLength={2000} value={state.comment} onChange={(event) => dispatch({ type: 'set-comment', comment: event.target.value })} />
        </label>
        <ErrorSummary items={summary} messages={state.serverMessages} />
        {submit.isError && submit.error instanceof Error ? <ErrorState title="The request was not filed" message={submit.error.message} /> : null}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={blocked} className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:bg-slate-400">
            {submit.isPending ? 'Submitting…' : 'Submit request'}
          </button>
          <button type="button" className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50" onClick={() => dispatch({ type: 'reset', defaults: model.defaults })}>
            Reset to the class defaults
          </button>
          <p className="text-xs text-slate-500">{blocked && !submit.isPending ? 'Submitting is possible once the dry-run passes.' : 'Approvers are notified when you submit.'}</p>
        </div>
      </div>
      <div className="xl:sticky xl:top-4 xl:self-start">
        <YamlPreviewPanel preview={preview} />
      </div>
    </form>
  );
}
