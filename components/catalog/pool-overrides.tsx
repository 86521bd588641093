'use client';

import type { FormVariable } from '@/lib/capi/variables/variable-types';
import type { WorkerPoolInput } from '@/lib/catalog/cluster-request-input';
import { emptyValueOf } from './describe-field';
import type { FieldHost } from './field-host';
import { SchemaField } from './schema-field';

/** Per-pool `variables.overrides`: a variable is overridden only once its box is ticked. */
export function PoolOverrides(props: { index: number; pool: WorkerPoolInput; variables: readonly FormVariable[]; clusterValues: Record<string, unknown>; host: FieldHost }) {
  const { index, pool, host } = props;
  if (props.variables.length === 0) return <p className="text-xs text-slate-500">This worker class has no variables to override.</p>;
  const count = Object.keys(pool.overrides).length;
  return (
    <details className="rounded-md border border-slate-200 p-2" open={count > 0}>
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        Variable overrides for pool {index + 1} ({count})
      </summary>
      <div className="mt-2 flex flex-col gap-3">
        {props.variables.map((variable) => {
          const path = ['workers', index, 'overrides', variable.name] as const;
          const overridden = variable.name in pool.overrides;
          const start = props.clusterValues[variable.name] ?? emptyValueOf(variable.field);
          return (
            <div key={variable.name} className="flex flex-col gap-2">
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={overridden} onChange={(event) => host.dispatch({ type: 'set', path, value: event.target.checked ? structuredClone(start) : undefined })} />
                Override {variable.field.label} in pool {index + 1}
              </label>
              {overridden ? <SchemaField field={{ ...variable.field, required: true }} path={path} value={pool.overrides[variable.name]} host={host} label={`${variable.field.label} (pool ${index + 1})`} /> : null}
            </div>
          );
        })}
      </div>
    </details>
  );
}
