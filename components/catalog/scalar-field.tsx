'use client';

import { jsonEqual } from '@/lib/capi/variables/schema-json';
import type { FormField } from '@/lib/capi/variables/variable-types';
import { placeholderOf } from './describe-field';
import { INPUT_CLASS, type FieldAria } from './field-frame';

export interface ScalarInputProps {
  field: FormField;
  value: unknown;
  aria: FieldAria;
  onChange: (value: unknown) => void;
}

function optionLabel(option: unknown): string {
  return typeof option === 'string' ? option : JSON.stringify(option);
}

/** select (enum), checkbox (boolean), number (integer/number) or text (string) for one value. */
export function ScalarInput({ field, value, aria, onChange }: ScalarInputProps) {
  const placeholder = placeholderOf(field);
  if (field.widget === 'select') {
    const options = field.enum ?? [];
    const selected = options.findIndex((option) => jsonEqual(option, value));
    return (
      <select {...aria} className={INPUT_CLASS} value={selected < 0 ? '' : String(selected)} onChange={(event) => onChange(event.target.value === '' ? undefined : structuredClone(options[Number(event.target.value)]))}>
        {selected < 0 || !field.required ? <option value="">{field.required ? 'Choose…' : '(not set)'}</option> : null}
        {options.map((option, index) => (
          <option key={optionLabel(option)} value={String(index)}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    );
  }
  if (field.widget === 'checkbox') {
    return <input {...aria} type="checkbox" className="size-4 self-start" checked={value === true} onChange={(event) => onChange(event.target.checked)} />;
  }
  if (field.widget === 'number') {
    const step = field.multipleOf ?? (field.type === 'integer' ? 1 : 'any');
    return (
      <input
        {...aria}
        type="number"
        className={INPUT_CLASS}
        value={typeof value === 'number' ? value : ''}
        placeholder={placeholder}
        step={step}
        {...(field.minimum === undefined ? {} : { min: field.minimum })}
        {...(field.maximum === undefined ? {} : { max: field.maximum })}
        onChange={(event) => {
          const text = event.target.value;
          if (text === '') onChange(undefined);
          else if (Number.isFinite(Number(text))) onChange(Number(text));
        }}
      />
    );
  }
  // Constraints stay out of native validation (pattern, maxLength) so the messages are the form's own.
  return (
    <input
      {...aria}
      type="text"
      className={INPUT_CLASS}
      value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value === '' && !field.required ? undefined : event.target.value)}
    />
  );
}
