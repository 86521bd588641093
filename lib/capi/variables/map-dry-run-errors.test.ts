import { describe, expect, it } from 'vitest';
import { formPathOf, mapDryRunErrors } from './map-dry-run-errors';

describe('formPathOf', () => {
  it.each([
    ['metadata.name', 'name'],
    ['metadata.namespace', 'namespace'],
    ['spec.topology.version', 'version'],
    ['spec.topology.controlPlane.replicas', 'controlPlaneReplicas'],
    ['spec.topology.classRef.name', 'className'],
    ['spec.topology.class', 'className'],
    ['spec.topology.variables[region].value', 'variables.region'],
    ['spec.topology.variables[network].value.cidr', 'variables.network.cidr'],
    ['spec.topology.variables[images].value[1]', 'variables.images.1'],
    ['spec.topology.variables[nope]', 'variables.nope'],
    ['spec.topology.workers.machineDeployments[0].replicas', 'workers.0.replicas'],
    ['spec.topology.workers.machineDeployments[2].class', 'workers.2.class'],
    ['spec.topology.workers.machineDeployments[1]', 'workers.1'],
    ['spec.topology.workers.machineDeployments[0].variables.overrides[size].value', 'workers.0.overrides.size'],
  ])('maps %s to %s', (field, path) => {
    expect(formPathOf(field)).toBe(path);
  });

  it('names the missing variable of a required-variable error', () => {
    expect(formPathOf('spec.topology.variables', 'Required value: required variable with name "region" must be defined')).toBe('variables.region');
  });

  it('leaves fields no form input owns unmapped', () => {
    expect(formPathOf('spec.clusterNetwork.pods')).toBeUndefined();
  });
});

describe('mapDryRunErrors', () => {
  it('maps causes onto form fields, strips the repeated path and keeps the rest as messages', () => {
    const mapped = mapDryRunErrors({
      message: 'Cluster.cluster.x-k8s.io "a" is invalid',
      causes: [
        { field: 'spec.topology.variables[replicas].value', message: 'Invalid value: 11: spec.topology.variables[replicas].value in body should be less than or equal to 10', reason: 'FieldValueInvalid' },
        { field: 'spec.paused', message: 'Invalid value: "x"', reason: 'FieldValueTypeInvalid' },
      ],
    });
    expect(mapped).toEqual({
      fieldErrors: [{ field: 'variables.replicas', message: 'Invalid value: 11: should be less than or equal to 10' }],
      messages: ['spec.paused: Invalid value: "x"'],
    });
  });

  it('keeps the top-level message when the server gave no causes', () => {
    expect(mapDryRunErrors({ causes: [], message: 'namespaces "team-x" not found' })).toEqual({ fieldErrors: [], messages: ['namespaces "team-x" not found'] });
  });
});
