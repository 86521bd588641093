'use client';

import type { FieldMetadata, FormVariable } from '@/lib/capi/variables/variable-types';
import type { FieldHost } from './field-host';
import { SchemaField } from './schema-field';

/** The schema's x-metadata and the definition's (deprecated) metadata together. */
export function variableMetadata(variable: FormVariable): FieldMetadata | undefined {
  const own = variable.field.metadata;
  const definition = variable.metadata;
  if (!own || !definition) return own ?? definition;
  return { labels: { ...definition.labels, ...own.labels }, annotations: { ...definition.annotations, ...own.annotations } };
}

function withMetadata(variable: FormVariable): { metadata?: FieldMetadata } {
  const metadata = variableMetadata(variable);
  return metadata ? { metadata } : {};
}

/** The class's topology variables, each rendered from its schema. */
export function VariablesSection(props: { variables: readonly FormVariable[]; values: Record<string, unknown>; host: FieldHost }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">Variables</legend>
      {props.variables.length === 0 ? <p className="text-sm text-slate-500">This class has no variables.</p> : null}
      {props.variables.map((variable) => (
        <SchemaField key={variable.name} field={variable.field} path={['variables', variable.name]} value={props.values[variable.name]} host={props.host} {...withMetadata(variable)} />
      ))}
    </fieldset>
  );
}
