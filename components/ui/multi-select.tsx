'use client';

import { useId } from 'react';

export interface MultiSelectProps {
  label: string;
  options: readonly string[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A disclosure with checkboxes: native keyboard support, no portal, works without JS styling. */
export function MultiSelect({ label, options, selected, onChange }: MultiSelectProps) {
  const id = useId();
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <details className="group relative">
      <summary
        className={`cursor-pointer list-none rounded-md border px-3 py-1.5 text-sm ${selected.length > 0 ? 'border-sky-600 bg-sky-50 text-sky-900' : 'border-slate-300 bg-white text-slate-700'}`}
        aria-label={`${label} filter${selected.length > 0 ? `: ${selected.join(', ')}` : ''}`}
      >
        {label}
        {selected.length > 0 ? ` (${selected.length})` : ''}
      </summary>
      <fieldset className="absolute z-20 mt-1 max-h-72 min-w-48 overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {options.length === 0 ? <p className="px-2 py-1 text-sm text-slate-500">No values</p> : null}
        {options.map((option) => (
          <label key={option} htmlFor={`${id}-${option}`} className="flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
            <input id={`${id}-${option}`} type="checkbox" checked={selected.includes(option)} onChange={() => toggle(option)} />
            {option}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
