import { describe, expect, it } from 'vitest';
import { buildFormFields } from '@/lib/capi/variables/build-form-fields';
import type { FieldMetadata } from '@/lib/capi/variables/variable-types';
import { constraintHints, emptyValueOf, fieldId, metadataNote, placeholderOf } from './describe-field';

const field = (schema: Record<string, unknown>) => buildFormFields(schema, { name: 'x' });

describe('constraintHints', () => {
  it.each([
    { schema: { type: 'integer', minimum: 1, maximum: 5 }, hints: ['at least 1 and at most 5', 'whole number'] },
    { schema: { type: 'number', minimum: 0, exclusiveMinimum: true }, hints: ['more than 0'] },
    { schema: { type: 'number', maximum: 1, exclusiveMaximum: true, multipleOf: 0.5 }, hints: ['less than 1', 'a multiple of 0.5'] },
    { schema: { type: 'string', minLength: 2 }, hints: ['at least 2 characters'] },
    { schema: { type: 'string', maxLength: 63, pattern: '^[a-z]+$', format: 'hostname' }, hints: ['at most 63 characters', 'must match ^[a-z]+$', 'format: hostname'] },
    { schema: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: { type: 'string' } }, hints: ['at least 1 items and at most 3 items', 'items must be unique'] },
    { schema: { type: 'boolean' }, hints: [] },
  ])('describes $schema', ({ schema, hints }) => {
    expect(constraintHints(field(schema))).toEqual(hints);
  });
});

describe('metadataNote', () => {
  it.each([
    { metadata: undefined, note: undefined },
    { metadata: { labels: {}, annotations: {} }, note: undefined },
    { metadata: { labels: { a: '1', b: '2' }, annotations: {} }, note: 'Metadata: labels a=1, b=2' },
    { metadata: { labels: { a: '1' }, annotations: { n: 'v' } }, note: 'Metadata: labels a=1; annotations n=v' },
  ] satisfies { metadata: FieldMetadata | undefined; note: string | undefined }[] as { metadata: FieldMetadata | undefined; note: string | undefined }[])('says $note for $metadata', ({ metadata, note }) => {
    expect(metadataNote(metadata)).toBe(note);
  });
});

describe('placeholderOf and emptyValueOf', () => {
  it.each([
    { schema: { type: 'string', example: '3.5.3-0' }, placeholder: 'e.g. 3.5.3-0' },
    { schema: { type: 'integer', example: 2 }, placeholder: 'e.g. 2' },
    { schema: { type: 'object', example: { a: 1 } }, placeholder: 'e.g. {"a":1}' },
    { schema: { type: 'string' }, placeholder: undefined },
  ])('uses the example $schema.example as placeholder', ({ schema, placeholder }) => {
    expect(placeholderOf(field(schema))).toBe(placeholder);
  });

  it.each([
    { schema: { type: 'string' }, value: '' },
    { schema: { type: 'string', default: 'x' }, value: 'x' },
    { schema: { type: 'string', enum: ['b', 'c'] }, value: 'b' },
    { schema: { type: 'integer', minimum: 3 }, value: 3 },
    { schema: { type: 'number' }, value: 0 },
    { schema: { type: 'boolean' }, value: false },
    { schema: { type: 'array', items: { type: 'string' } }, value: [] },
    { schema: { type: 'object', required: ['a'], properties: { a: { type: 'integer', default: 4 }, b: { type: 'string' } } }, value: { a: 4 } },
  ])('starts a new item of $schema at $value', ({ schema, value }) => {
    expect(emptyValueOf(field(schema))).toEqual(value);
  });
});

describe('fieldId', () => {
  it('derives a DOM id from the path', () => {
    expect(fieldId(['workers', 0, 'overrides', 'image/tag'])).toBe('field-workers_0_overrides_image_tag');
  });
});
