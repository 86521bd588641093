'use client';

import { asRecord } from '@/lib/capi/variables/schema-json';
import { fieldId } from './describe-field';
import { FieldsetFrame } from './fieldset-frame';
import type { SchemaFieldProps } from './schema-field';
import { SchemaField } from './schema-field';

/** A nested object: one fieldset, its properties in schema order. */
export function ObjectFieldset(props: SchemaFieldProps & { label: string }) {
  const value = asRecord(props.value);
  return (
    <FieldsetFrame id={fieldId(props.path)} label={props.label} field={props.field} errors={props.host.errorsFor(props.path)} {...(props.metadata ? { metadata: props.metadata } : {})}>
      {(props.field.properties ?? []).map((child) => (
        <SchemaField key={child.name} field={child} path={[...props.path, child.name]} value={value[child.name]} host={props.host} />
      ))}
    </FieldsetFrame>
  );
}
