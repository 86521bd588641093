'use client';

import { asList } from '@/lib/capi/variables/schema-json';
import { emptyValueOf, fieldId } from './describe-field';
import { FieldsetFrame } from './fieldset-frame';
import type { SchemaFieldProps } from './schema-field';
import { SchemaField } from './schema-field';

const BUTTON = 'self-start rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50';

/** A list: each item rendered from the items schema, with add and remove. */
export function ArrayField(props: SchemaFieldProps & { label: string }) {
  const items = asList(props.value);
  const itemField = props.field.items;
  const full = props.field.maxItems !== undefined && items.length >= props.field.maxItems;
  return (
    <FieldsetFrame id={fieldId(props.path)} label={props.label} field={props.field} errors={props.host.errorsFor(props.path)} {...(props.metadata ? { metadata: props.metadata } : {})}>
      {items.length === 0 ? <p className="text-xs text-slate-500">No items.</p> : null}
      {itemField
        ? items.map((item, index) => (
            // Items have no identity of their own; the index is their path.
            <div key={index} className="flex items-start gap-2">
              <div className="grow">
                <SchemaField field={itemField} path={[...props.path, index]} value={item} host={props.host} label={`${props.label} ${index + 1}`} />
              </div>
              <button type="button" className={BUTTON} aria-label={`Remove ${props.label} ${index + 1}`} onClick={() => props.host.dispatch({ type: 'remove-item', path: props.path, index })}>
                Remove
              </button>
            </div>
          ))
        : null}
      {itemField ? (
        <button type="button" className={BUTTON} disabled={full} onClick={() => props.host.dispatch({ type: 'add-item', path: props.path, value: emptyValueOf(itemField) })}>
          Add to {props.label}
        </button>
      ) : null}
    </FieldsetFrame>
  );
}
