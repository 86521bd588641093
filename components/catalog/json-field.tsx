'use client';

import { useState } from 'react';
import { INPUT_CLASS, type FieldAria } from './field-frame';

function format(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Free-form values (maps, preserve-unknown-fields) as JSON text; the value changes only when the text parses. */
export function JsonField({ aria, value, onChange }: { aria: FieldAria; value: unknown; onChange: (value: unknown) => void }) {
  const [text, setText] = useState(() => format(value));
  const [invalid, setInvalid] = useState(false);
  const parseErrorId = `${aria.id}-json`;
  return (
    <>
      <textarea
        {...aria}
        aria-invalid={aria['aria-invalid'] || invalid}
        aria-describedby={[invalid ? parseErrorId : undefined, aria['aria-describedby']].filter(Boolean).join(' ') || undefined}
        className={`${INPUT_CLASS} font-mono`}
        rows={3}
        value={text}
        placeholder="JSON"
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() === '') {
            setInvalid(false);
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(event.target.value) as unknown);
            setInvalid(false);
          } catch {
            setInvalid(true);
          }
        }}
      />
      {invalid ? (
        <p id={parseErrorId} className="text-xs text-red-700">
          is not valid JSON
        </p>
      ) : null}
    </>
  );
}
