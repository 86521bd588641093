'use client';

import type { FormVariable } from '@/lib/capi/variables/variable-types';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { fieldId } from './describe-field';
import { FieldFrame, INPUT_CLASS } from './field-frame';
import type { FieldHost } from './field-host';
import { PoolOverrides } from './pool-overrides';

const BUTTON = 'rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50';

export interface WorkerPoolsSectionProps {
  values: ClusterRequestInput;
  workerClasses: readonly string[];
  overridesFor: (workerClass: string) => readonly FormVariable[];
  host: FieldHost;
}

/** MachineDeployment pools: class, name, replicas and per-pool overrides; add and remove. */
export function WorkerPoolsSection({ values, workerClasses, overridesFor, host }: WorkerPoolsSectionProps) {
  const errors = host.errorsFor(['workers']);
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" id={fieldId(['workers'])} aria-describedby={errors.length > 0 ? `${fieldId(['workers'])}-error` : undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">Worker pools</legend>
      {errors.length > 0 ? (
        <p id={`${fieldId(['workers'])}-error`} className="text-xs text-red-700">
          {errors.join('; ')}
        </p>
      ) : null}
      {values.workers.length === 0 ? <p className="text-sm text-slate-500">No worker pools: the cluster runs its control plane only.</p> : null}
      {values.workers.map((pool, index) => (
        <fieldset key={index} className="grid grid-cols-1 gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3" aria-label={`Worker pool ${index + 1}`}>
          <legend className="px-1 text-sm font-semibold text-slate-800">Worker pool {index + 1}</legend>
          <FieldFrame id={fieldId(['workers', index, 'class'])} label={`Worker class (pool ${index + 1})`} required errors={host.errorsFor(['workers', index, 'class'])}>
            {(aria) => (
              <select {...aria} className={INPUT_CLASS} value={pool.class} onChange={(event) => host.dispatch({ type: 'set', path: ['workers', index], value: { ...pool, class: event.target.value, overrides: {} } })}>
                {workerClasses.includes(pool.class) ? null : <option value={pool.class}>{pool.class}</option>}
                {workerClasses.map((workerClass) => (
                  <option key={workerClass} value={workerClass}>
                    {workerClass}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame id={fieldId(['workers', index, 'name'])} label={`Pool name (pool ${index + 1})`} required errors={host.errorsFor(['workers', index, 'name'])}>
            {(aria) => <input {...aria} type="text" className={INPUT_CLASS} value={pool.name} autoComplete="off" onChange={(event) => host.dispatch({ type: 'set', path: ['workers', index, 'name'], value: event.target.value })} />}
          </FieldFrame>
          <FieldFrame id={fieldId(['workers', index, 'replicas'])} label={`Replicas (pool ${index + 1})`} required errors={host.errorsFor(['workers', index, 'replicas'])}>
            {(aria) => (
              <input
                {...aria}
                type="number"
                min={0}
                max={1000}
                step={1}
                className={INPUT_CLASS}
                value={pool.replicas}
                onChange={(event) => host.dispatch({ type: 'set', path: ['workers', index, 'replicas'], value: event.target.value === '' ? 0 : Number(event.target.value) })}
              />
            )}
          </FieldFrame>
          <div className="sm:col-span-3">
            <PoolOverrides index={index} pool={pool} variables={overridesFor(pool.class)} clusterValues={values.variables} host={host} />
          </div>
          <button type="button" className={`${BUTTON} justify-self-start`} onClick={() => host.dispatch({ type: 'remove-pool', index })}>
            Remove worker pool {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className={`${BUTTON} self-start`} disabled={workerClasses.length === 0 || values.workers.length >= 20} onClick={() => host.dispatch({ type: 'add-pool', workerClass: workerClasses[0] ?? '' })}>
        Add worker pool
      </button>
    </fieldset>
  );
}
