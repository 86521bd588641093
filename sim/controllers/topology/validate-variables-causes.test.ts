import { describe, expect, it } from 'vitest';
import { classVariablesOf, validateVariableCauses } from './validate-variables-causes';

const v = (name: string, openAPIV3Schema: Record<string, unknown>, required = false) => ({ name, required, schema: { openAPIV3Schema } });

const classVariables = [
  v('imageRepository', { type: 'string', default: '' }, true),
  v('region', { type: 'string', enum: ['eu', 'us'] }, true),
  v('pss', { type: 'object', properties: { enabled: { type: 'boolean' } } }),
  v('replicas', { type: 'integer', minimum: 1, maximum: 10 }),
  v('ratio', { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true }),
  v('prefix', { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z]+$' }),
  v('cidr', { type: 'string', format: 'cidr' }),
  v('network', { type: 'object', required: ['cidr'], properties: { cidr: { type: 'string' } } }),
  v('labels', { type: 'object', additionalProperties: { type: 'string' } }),
  v('images', { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true }),
  v('surge', { type: 'string', 'x-kubernetes-validations': [{ rule: 'self != "bad"', message: 'must not be bad' }] }),
];

const path = 'spec.topology.variables';
const run = (variable: { name: string; value: unknown }) => validateVariableCauses({ classVariables, values: [{ name: 'region', value: 'eu' }, variable], path, checkRequired: false });

describe('validateVariableCauses', () => {
  it('accepts values that match the schema and defaulted required variables', () => {
    expect(validateVariableCauses({ classVariables, values: [{ name: 'region', value: 'eu' }, { name: 'pss', value: { enabled: true } }, { name: 'images', value: ['a'] }], path, checkRequired: true })).toEqual([]);
  });

  it('reports a missing required variable without a default', () => {
    expect(validateVariableCauses({ classVariables, values: [], path, checkRequired: true })).toEqual([{ reason: 'FieldValueRequired', field: 'spec.topology.variables', message: 'Required value: required variable with name "region" must be defined' }]);
  });

  it.each([
    [{ name: 'region', value: 3 }, 'spec.topology.variables[region].value', 'Invalid value: "integer": spec.topology.variables[region].value in body must be of type string: "integer"'],
    [{ name: 'region', value: 'mars' }, 'spec.topology.variables[region].value', 'Unsupported value: "mars": supported values: "eu", "us"'],
    [{ name: 'pss', value: { enabled: 'yes' } }, 'spec.topology.variables[pss].value.enabled', 'Invalid value: "string": spec.topology.variables[pss].value.enabled in body must be of type boolean: "string"'],
    [{ name: 'replicas', value: 11 }, 'spec.topology.variables[replicas].value', 'Invalid value: 11: spec.topology.variables[replicas].value in body should be less than or equal to 10'],
    [{ name: 'replicas', value: 0 }, 'spec.topology.variables[replicas].value', 'Invalid value: 0: spec.topology.variables[replicas].value in body should be greater than or equal to 1'],
    [{ name: 'ratio', value: 1 }, 'spec.topology.variables[ratio].value', 'Invalid value: 1: spec.topology.variables[ratio].value in body should be less than 1'],
    [{ name: 'prefix', value: 'a' }, 'spec.topology.variables[prefix].value', 'Invalid value: "a": spec.topology.variables[prefix].value in body should be at least 2 chars long'],
    [{ name: 'prefix', value: 'abcde' }, 'spec.topology.variables[prefix].value', 'Too long: may not be more than 4 bytes'],
    [{ name: 'prefix', value: 'AB' }, 'spec.topology.variables[prefix].value', "Invalid value: \"AB\": spec.topology.variables[prefix].value in body should match '^[a-z]+$'"],
    [{ name: 'cidr', value: '10.0.0.0/99' }, 'spec.topology.variables[cidr].value', 'Invalid value: "10.0.0.0/99": spec.topology.variables[cidr].value in body must be of type cidr: "10.0.0.0/99"'],
    [{ name: 'network', value: {} }, 'spec.topology.variables[network].value.cidr', 'Required value'],
    [{ name: 'network', value: { cidr: 'x', extra: 1 } }, 'spec.topology.variables[network].value', 'Invalid value: map[string]interface {}{"cidr":"x", "extra":1}: failed validation: "extra" field(s) are not specified in the variable schema of variable "network"'],
    [{ name: 'labels', value: { a: 1 } }, 'spec.topology.variables[labels].value.a', 'Invalid value: "integer": spec.topology.variables[labels].value.a in body must be of type string: "integer"'],
    [{ name: 'images', value: ['a', 'b', 'c'] }, 'spec.topology.variables[images].value', 'Too many: 3: must have at most 2 items'],
    [{ name: 'images', value: [] }, 'spec.topology.variables[images].value', 'Invalid value: 0: spec.topology.variables[images].value in body should have at least 1 items'],
    [{ name: 'images', value: ['a', 'a'] }, 'spec.topology.variables[images].value', 'Invalid value: "": spec.topology.variables[images].value in body shouldn\'t contain duplicates'],
    [{ name: 'surge', value: 'bad' }, 'spec.topology.variables[surge].value', 'Invalid value: "bad": must not be bad'],
    [{ name: 'nope', value: 1 }, 'spec.topology.variables[nope]', 'Invalid value: "nope": variable is not defined'],
  ])('rejects %j at %s', (variable, field, message) => {
    expect(run(variable)).toContainEqual(expect.objectContaining({ field, message }));
  });

  it('rejects a variable given twice', () => {
    const causes = validateVariableCauses({ classVariables, values: [{ name: 'region', value: 'eu' }, { name: 'region', value: 'us' }], path, checkRequired: false });
    expect(causes).toContainEqual(expect.objectContaining({ field: 'spec.topology.variables[1].name' }));
  });
});

describe('classVariablesOf', () => {
  it('prefers the definitions the class controller published in status.variables', () => {
    const cc = { spec: { variables: [v('a', { type: 'string' })] }, status: { variables: [{ name: 'b', definitions: [{ from: 'inline', required: true, schema: { openAPIV3Schema: { type: 'string' } } }] }] } };
    expect(classVariablesOf(cc)).toEqual([{ name: 'b', from: 'inline', required: true, schema: { openAPIV3Schema: { type: 'string' } } }]);
    expect(classVariablesOf({ spec: cc.spec })).toEqual(cc.spec.variables);
  });
});
