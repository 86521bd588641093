import { describe, expect, it } from 'vitest';
import { validateVariables } from './validate-variables';

const classVariables = [
  { name: 'imageRepository', required: true, schema: { openAPIV3Schema: { type: 'string', default: '' } } },
  { name: 'region', required: true, schema: { openAPIV3Schema: { type: 'string', enum: ['eu', 'us'] } } },
  { name: 'pss', required: false, schema: { openAPIV3Schema: { type: 'object', properties: { enabled: { type: 'boolean' } } } } },
];

describe('validateVariables', () => {
  it('accepts values that match the schema and defaulted required variables', () => {
    expect(validateVariables({ classVariables, values: [{ name: 'region', value: 'eu' }, { name: 'pss', value: { enabled: true } }], path: 'spec.topology.variables', checkRequired: true })).toEqual([]);
  });

  it('reports a missing required variable without a default', () => {
    expect(validateVariables({ classVariables, values: [], path: 'spec.topology.variables', checkRequired: true })).toEqual(['spec.topology.variables: Required value: required variable with name "region" must be defined']);
  });

  it.each([
    [{ name: 'region', value: 3 }, 'spec.topology.variables[region].value: Invalid value: 3: must be of type string'],
    [{ name: 'region', value: 'mars' }, 'spec.topology.variables[region].value: Unsupported value: "mars": supported values: "eu", "us"'],
    [{ name: 'pss', value: { enabled: 'yes' } }, 'spec.topology.variables[pss].value.enabled: Invalid value: "yes": must be of type boolean'],
    [{ name: 'nope', value: 1 }, 'spec.topology.variables[nope]: Invalid value: "nope": variable is not defined'],
  ])('rejects %j', (variable, message) => {
    const errors = validateVariables({ classVariables, values: [{ name: 'region', value: 'eu' }, variable], path: 'spec.topology.variables', checkRequired: false });
    expect(errors).toContain(message);
  });
});
