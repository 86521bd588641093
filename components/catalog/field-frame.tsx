import type { ReactNode } from 'react';
import type { FieldMetadata, FormField } from '@/lib/capi/variables/variable-types';
import { constraintHints, metadataNote } from './describe-field';

export interface FieldAria {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  required: boolean;
  errors: readonly string[];
  /** The generated field (description, constraints, x-metadata); absent for the fixed basics. */
  field?: FormField;
  help?: string;
  metadata?: FieldMetadata;
  /** The input itself; receives the id and the aria attributes tying it to help and errors. */
  children: (aria: FieldAria) => ReactNode;
}

/** Label, required marker, help text, constraint hints and errors around one input. */
export function FieldFrame(props: FieldFrameProps) {
  const help = props.help ?? props.field?.description;
  const hints = props.field ? constraintHints(props.field) : [];
  const note = metadataNote(props.metadata ?? props.field?.metadata);
  const helpId = help || hints.length > 0 || note ? `${props.id}-help` : undefined;
  const errorId = props.errors.length > 0 ? `${props.id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      {/* The marker sits outside the label so the accessible name stays the plain label (aria-required says it). */}
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
          {props.label}
        </label>
        {props.required ? (
          <span className="text-red-700" aria-hidden>
            *
          </span>
        ) : null}
      </div>
      {props.children({ id: props.id, 'aria-invalid': props.errors.length > 0, 'aria-describedby': describedBy, 'aria-required': props.required })}
      {errorId ? (
        <p id={errorId} className="text-xs text-red-700">
          {props.errors.join('; ')}
        </p>
      ) : null}
      {helpId ? (
        <div id={helpId} className="text-xs text-slate-500">
          {help ? <p>{help}</p> : null}
          {hints.length > 0 ? <p>{hints.join(' · ')}</p> : null}
          {note ? <p className="text-violet-800">{note}</p> : null}
        </div>
      ) : null}
    </div>
  );
}

export const INPUT_CLASS = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50';
