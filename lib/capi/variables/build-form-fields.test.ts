import { describe, expect, it } from 'vitest';
import { buildFormFields, labelOf } from './build-form-fields';
import { defaultValues } from './default-values';
import { buildFormVariable } from './build-form-fields';

describe('buildFormFields', () => {
  it.each([
    ['string', { type: 'string' }, { type: 'string', widget: 'text' }],
    ['integer', { type: 'integer' }, { type: 'integer', widget: 'number' }],
    ['number', { type: 'number' }, { type: 'number', widget: 'number' }],
    ['boolean', { type: 'boolean' }, { type: 'boolean', widget: 'checkbox' }],
    ['enum', { type: 'string', enum: ['a', 'b'] }, { type: 'string', widget: 'select', enum: ['a', 'b'] }],
    ['default', { type: 'string', default: 'kindest' }, { default: 'kindest' }],
    ['example', { type: 'string', example: '3.5.3-0' }, { example: '3.5.3-0' }],
    ['description', { type: 'string', description: 'The tag.' }, { description: 'The tag.' }],
    ['minimum/maximum', { type: 'integer', minimum: 1, maximum: 9, exclusiveMaximum: true }, { minimum: 1, maximum: 9, exclusiveMaximum: true }],
    ['minLength/maxLength', { type: 'string', minLength: 1, maxLength: 63 }, { minLength: 1, maxLength: 63 }],
    ['pattern', { type: 'string', pattern: '^[a-z]+$' }, { pattern: '^[a-z]+$' }],
    ['format', { type: 'string', format: 'cidr' }, { format: 'cidr' }],
    ['x-metadata', { type: 'string', 'x-metadata': { labels: { a: 'b' }, annotations: { c: 'd' } } }, { metadata: { labels: { a: 'b' }, annotations: { c: 'd' } } }],
    ['map', { type: 'object', additionalProperties: { type: 'string' } }, { type: 'object', widget: 'json' }],
    ['free-form', { 'x-kubernetes-preserve-unknown-fields': true }, { type: 'any', widget: 'json' }],
    ['array keywords', { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true }, { widget: 'array', minItems: 1, maxItems: 3, uniqueItems: true }],
  ])('copies %s', (_name, schema, expected) => {
    expect(buildFormFields(schema, { name: 'x' })).toMatchObject(expected);
  });

  it('builds nested objects with required children in schema order', () => {
    const field = buildFormFields({ type: 'object', required: ['cidr'], properties: { cidr: { type: 'string', format: 'cidr' }, mtu: { type: 'integer', default: 1500 } } }, { name: 'network', required: true });
    expect(field.widget).toBe('object');
    expect(field.properties?.map((p) => [p.name, p.required, p.type])).toEqual([['cidr', true, 'string'], ['mtu', false, 'integer']]);
  });

  it('describes array items, including arrays of objects', () => {
    const field = buildFormFields({ type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } }, { name: 'pools' });
    expect(field.items).toMatchObject({ name: 'items', type: 'object', properties: [{ name: 'name', type: 'string' }] });
  });

  it.each([
    ['kubeletLogLevel', 'Kubelet log level'],
    ['etcd_image-tag', 'Etcd image tag'],
    ['lbImageRepository', 'Lb image repository'],
    ['ipv6Primary', 'Ipv6 primary'],
    ['vpcCIDRBlock', 'Vpc CIDR block'],
  ])('labels %s as %s', (name, label) => {
    expect(labelOf(name)).toBe(label);
  });
});

describe('defaultValues', () => {
  it('takes each default, fills nested defaults of required objects and leaves out variables without one', () => {
    const variables = [
      buildFormVariable({ name: 'repo', required: true, schema: { type: 'string', default: 'kindest' } }),
      buildFormVariable({ name: 'level', required: false, schema: { type: 'string' } }),
      buildFormVariable({ name: 'net', required: true, schema: { type: 'object', properties: { mtu: { type: 'integer', default: 1500 }, cidr: { type: 'string' } } } }),
      buildFormVariable({ name: 'optional', required: false, schema: { type: 'object', properties: { mtu: { type: 'integer', default: 1500 } } } }),
      buildFormVariable({ name: 'images', required: false, schema: { type: 'array', default: [], items: { type: 'string' } } }),
      buildFormVariable({ name: 'given', required: false, schema: { type: 'object', default: {}, properties: { on: { type: 'boolean', default: true } } } }),
    ];
    expect(defaultValues(variables)).toEqual({ repo: 'kindest', net: { mtu: 1500 }, images: [], given: { on: true } });
  });
});
