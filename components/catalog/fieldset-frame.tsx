import type { ReactNode } from 'react';
import type { FieldMetadata, FormField } from '@/lib/capi/variables/variable-types';
import { constraintHints, metadataNote } from './describe-field';

/** The group around an object's or array's children: legend, help, hints, errors about the whole value. */
export function FieldsetFrame(props: { id: string; label: string; field: FormField; errors: readonly string[]; metadata?: FieldMetadata; children: ReactNode }) {
  const hints = constraintHints(props.field);
  const note = metadataNote(props.metadata ?? props.field.metadata);
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  return (
    <fieldset id={props.id} className="rounded-md border border-slate-200 p-3" aria-describedby={[props.errors.length > 0 ? errorId : undefined, helpId].filter(Boolean).join(' ')}>
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {props.label}
        {props.field.required ? (
          <span className="ml-0.5 text-red-700" aria-hidden>
            *
          </span>
        ) : null}
      </legend>
      <div id={helpId} className="mb-2 text-xs text-slate-500">
        {props.field.description ? <p>{props.field.description}</p> : null}
        {hints.length > 0 ? <p>{hints.join(' · ')}</p> : null}
        {note ? <p className="text-violet-800">{note}</p> : null}
      </div>
      {props.errors.length > 0 ? (
        <p id={errorId} className="mb-2 text-xs text-red-700">
          {props.errors.join('; ')}
        </p>
      ) : null}
      <div className="flex flex-col gap-3">{props.children}</div>
    </fieldset>
  );
}
