import { describe, expect, it } from 'vitest';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { validateRequest, validateTtl, type ValidatedForm } from './validate-request';

const region = buildFormVariable({ name: 'region', required: true, schema: { type: 'string', enum: ['eu-west-1', 'eu-central-1'] } });
const size = buildFormVariable({ name: 'instanceType', required: false, schema: { type: 'string', pattern: '^[a-z0-9]+\\.[a-z0-9]+$' } });
const disks = buildFormVariable({ name: 'disks', required: false, schema: { type: 'array', maxItems: 2, items: { type: 'object', required: ['sizeGiB'], properties: { sizeGiB: { type: 'integer', minimum: 10 } } } } });

const form: ValidatedForm = {
  variables: [region, size, disks],
  versions: ['v1.33.4', 'v1.34.1'],
  overridesFor: (workerClass) => (workerClass === 'default-worker' ? [size] : []),
};

const valid: ClusterRequestInput = {
  managementCluster: 'mgmt-eu-west',
  classNamespace: 'quarterdeck-classes',
  className: 'aws-standard',
  name: 'payments-dev-1',
  namespace: 'team-payments',
  version: 'v1.34.1',
  controlPlaneReplicas: 3,
  workers: [{ class: 'default-worker', name: 'md-0', replicas: 2, overrides: { instanceType: 'm5.large' } }],
  variables: { region: 'eu-west-1', disks: [{ sizeGiB: 20 }] },
};

describe('validateRequest', () => {
  it('accepts a complete, valid request', () => {
    expect(validateRequest({ form, values: valid })).toEqual([]);
  });

  it.each([
    { change: { name: '' }, field: 'name', message: 'is required' },
    { change: { name: 'Payments' }, field: 'name', message: 'must be a lowercase DNS label (a-z, 0-9, "-")' },
    { change: { version: 'v1.30.0' }, field: 'version', message: 'must be one of v1.33.4, v1.34.1' },
    { change: { controlPlaneReplicas: 2 }, field: 'controlPlaneReplicas', message: 'must be 1, 3 or 5' },
    { change: { variables: { disks: [] } }, field: 'variables.region', message: 'is required' },
    { change: { variables: { region: 'mars-1' } }, field: 'variables.region', message: 'must be one of "eu-west-1", "eu-central-1"' },
    { change: { variables: { region: 'eu-west-1', disks: [{ sizeGiB: 5 }] } }, field: 'variables.disks.0.sizeGiB', message: 'should be greater than or equal to 10' },
    { change: { variables: { region: 'eu-west-1', disks: [{}] } }, field: 'variables.disks.0.sizeGiB', message: 'is required' },
    { change: { variables: { region: 'eu-west-1', colour: 'blue' } }, field: 'variables.colour', message: 'is not a variable of this class' },
  ])('files "$message" under $field', ({ change, field, message }) => {
    expect(validateRequest({ form, values: { ...valid, ...change } as ClusterRequestInput })).toContainEqual({ field, message });
  });

  it('checks pools: duplicate names, replicas, overrides by the worker class that allows them', () => {
    const workers = [
      { class: 'default-worker', name: 'md-0', replicas: 1, overrides: { instanceType: 'M5' } },
      { class: 'gpu-worker', name: 'md-0', replicas: -1, overrides: { instanceType: 'p3.2xlarge' } },
    ];
    expect(validateRequest({ form, values: { ...valid, workers } })).toEqual(
      expect.arrayContaining([
        { field: 'workers.1.replicas', message: expect.any(String) as string },
        { field: 'workers.1.name', message: 'is already used by another pool' },
        { field: 'workers.0.overrides.instanceType', message: expect.stringContaining('should match') as string },
        { field: 'workers.1.overrides.instanceType', message: 'is not a variable of this class' },
      ]),
    );
  });
});

describe('validateTtl', () => {
  it.each([
    { ttl: undefined, ok: true },
    { ttl: 1, ok: true },
    { ttl: 2160, ok: true },
    { ttl: 0, ok: false },
    { ttl: 2161, ok: false },
    { ttl: 1.5, ok: false },
  ])('ttl $ttl → valid: $ok', ({ ttl, ok }) => {
    expect(validateTtl(ttl).length === 0).toBe(ok);
  });
});
