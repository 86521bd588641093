'use client';

import type { FieldMetadata, FormField } from '@/lib/capi/variables/variable-types';
import { ArrayField } from './array-field';
import { fieldId } from './describe-field';
import { FieldFrame } from './field-frame';
import type { FieldHost } from './field-host';
import type { FieldPath } from './form-path';
import { JsonField } from './json-field';
import { ObjectFieldset } from './object-fieldset';
import { ScalarInput } from './scalar-field';

export interface SchemaFieldProps {
  field: FormField;
  path: FieldPath;
  value: unknown;
  host: FieldHost;
  /** Overrides the field's own label (array items: "Pre load images 2"). */
  label?: string;
  /** Variable-level metadata (the deprecated per-definition one) shown with the field's own. */
  metadata?: FieldMetadata;
}

/** Renders one node of lib/capi/variables' field tree, recursing into objects and arrays. */
export function SchemaField(props: SchemaFieldProps) {
  const { field } = props;
  const label = props.label ?? field.label;
  if (field.widget === 'object') return <ObjectFieldset {...props} label={label} />;
  if (field.widget === 'array' && field.items) return <ArrayField {...props} label={label} />;
  // An array without an items schema has nothing to render item by item: edit it as JSON.
  const json = field.widget === 'json' || field.widget === 'array';
  const errors = props.host.errorsFor(props.path);
  const set = (value: unknown) => props.host.dispatch({ type: 'set', path: props.path, value });
  return (
    <FieldFrame id={fieldId(props.path)} label={label} required={field.required} errors={errors} field={field} {...(props.metadata ? { metadata: props.metadata } : {})}>
      {(aria) => (json ? <JsonField aria={aria} value={props.value} onChange={set} /> : <ScalarInput field={field} value={props.value} aria={aria} onChange={set} />)}
    </FieldFrame>
  );
}
