import { describe, expect, it } from 'vitest';
import { validateValue } from './validate-value';
import type { JsonSchema } from './variable-types';

describe('validateValue', () => {
  it.each<[string, JsonSchema, unknown]>([
    ['a string', { type: 'string' }, 'eu-west-1'],
    ['an integer', { type: 'integer' }, 3],
    ['an integer where a number is expected', { type: 'number' }, 3],
    ['a fraction', { type: 'number' }, 0.5],
    ['a boolean', { type: 'boolean' }, false],
    ['an enum member', { type: 'string', enum: ['eu', 'us'] }, 'us'],
    ['a value within minimum/maximum', { type: 'integer', minimum: 1, maximum: 5 }, 5],
    ['a string within minLength/maxLength', { type: 'string', minLength: 2, maxLength: 3 }, 'abc'],
    ['a string matching the pattern', { type: 'string', pattern: '^v[0-9]+$' }, 'v12'],
    ['a CIDR', { type: 'string', format: 'cidr' }, '10.0.0.0/16'],
    ['an IPv6 address', { type: 'string', format: 'ipv6' }, 'fd00::1'],
    ['a uri', { type: 'string', format: 'uri' }, 'https://registry.k8s.io'],
    ['an unknown format', { type: 'string', format: 'password' }, 'anything'],
    ['a nested object', { type: 'object', required: ['cidr'], properties: { cidr: { type: 'string' }, mtu: { type: 'integer' } } }, { cidr: '10.0.0.0/8' }],
    ['an array of scalars', { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true }, ['a', 'b']],
    ['an array of objects', { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } }, [{ name: 'x' }]],
    ['a map', { type: 'object', additionalProperties: { type: 'string' } }, { a: 'b' }],
    ['free-form content', { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }, { any: { thing: 1 } }],
    ['null when nullable', { type: 'string', nullable: true }, null],
  ])('accepts %s', (_name, schema, value) => {
    expect(validateValue({ schema, value })).toEqual([]);
  });

  it.each<[string, JsonSchema, unknown, { path: string; message: string }[]]>([
    ['a number for a string', { type: 'string' }, 3, [{ path: '', message: 'must be of type string' }]],
    ['a fraction for an integer', { type: 'integer' }, 1.5, [{ path: '', message: 'must be of type integer' }]],
    ['a string for a boolean', { type: 'boolean' }, 'true', [{ path: '', message: 'must be of type boolean' }]],
    ['null when not nullable', { type: 'string' }, null, [{ path: '', message: 'must be of type string' }]],
    ['a value outside the enum', { type: 'string', enum: ['eu', 'us'] }, 'mars', [{ path: '', message: 'must be one of "eu", "us"' }]],
    ['a value above maximum', { type: 'integer', maximum: 5 }, 6, [{ path: '', message: 'should be less than or equal to 5' }]],
    ['a value at an exclusive maximum', { type: 'integer', maximum: 5, exclusiveMaximum: true }, 5, [{ path: '', message: 'should be less than 5' }]],
    ['a value below minimum', { type: 'number', minimum: 0.5 }, 0.25, [{ path: '', message: 'should be greater than or equal to 0.5' }]],
    ['a value at an exclusive minimum', { type: 'integer', minimum: 0, exclusiveMinimum: true }, 0, [{ path: '', message: 'should be greater than 0' }]],
    ['a value off multipleOf', { type: 'integer', multipleOf: 2 }, 3, [{ path: '', message: 'should be a multiple of 2' }]],
    ['a string too short', { type: 'string', minLength: 3 }, 'ab', [{ path: '', message: 'should be at least 3 chars long' }]],
    ['a string too long', { type: 'string', maxLength: 3 }, 'abcd', [{ path: '', message: 'may not be more than 3 characters' }]],
    ['a string not matching the pattern', { type: 'string', pattern: '^[a-z]+$' }, 'Abc', [{ path: '', message: "should match '^[a-z]+$'" }]],
    ['a malformed CIDR', { type: 'string', format: 'cidr' }, '10.0.0.0/33', [{ path: '', message: 'must be of type cidr' }]],
    ['a malformed IPv4 address', { type: 'string', format: 'ipv4' }, '300.1.1.1', [{ path: '', message: 'must be of type ipv4' }]],
    ['a malformed hostname', { type: 'string', format: 'hostname' }, 'bad host', [{ path: '', message: 'must be of type hostname' }]],
    ['a malformed uuid', { type: 'string', format: 'uuid' }, 'nope', [{ path: '', message: 'must be of type uuid' }]],
    ['a missing required property', { type: 'object', required: ['cidr'], properties: { cidr: { type: 'string' } } }, {}, [{ path: 'cidr', message: 'is required' }]],
    ['a wrong nested type', { type: 'object', properties: { net: { type: 'object', properties: { mtu: { type: 'integer' } } } } }, { net: { mtu: 'x' } }, [{ path: 'net.mtu', message: 'must be of type integer' }]],
    ['an unknown property', { type: 'object', properties: { a: { type: 'string' } } }, { b: 'x' }, [{ path: 'b', message: 'is not a known field' }]],
    ['a map value of the wrong type', { type: 'object', additionalProperties: { type: 'string' } }, { a: 1 }, [{ path: 'a', message: 'must be of type string' }]],
    ['too many items', { type: 'array', items: { type: 'string' }, maxItems: 1 }, ['a', 'b'], [{ path: '', message: 'must have at most 1 item' }]],
    ['too few items', { type: 'array', items: { type: 'string' }, minItems: 2 }, ['a'], [{ path: '', message: 'should have at least 2 items' }]],
    ['duplicate items', { type: 'array', items: { type: 'string' }, uniqueItems: true }, ['a', 'a'], [{ path: '1', message: 'duplicate value' }]],
    ['a wrong item', { type: 'array', items: { type: 'object', properties: { port: { type: 'integer', maximum: 10 } } } }, [{ port: 1 }, { port: 11 }], [{ path: '1.port', message: 'should be less than or equal to 10' }]],
  ])('rejects %s', (_name, schema, value, errors) => {
    expect(validateValue({ schema, value })).toEqual(errors);
  });

  it('prefixes paths with the given base path', () => {
    expect(validateValue({ schema: { type: 'object', properties: { a: { type: 'integer' } } }, value: { a: 'x' }, path: 'variables.net' })).toEqual([{ path: 'variables.net.a', message: 'must be of type integer' }]);
  });
});
