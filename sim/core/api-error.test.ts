import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';

const MACHINES = { group: 'cluster.x-k8s.io', resource: 'machines' };
const CLUSTERS = { group: 'cluster.x-k8s.io', resource: 'clusters' };

describe('ApiError', () => {
  it.each([
    [ApiError.notFound(MACHINES, 'm1'), 404, 'NotFound', 'machines.cluster.x-k8s.io "m1" not found'],
    [ApiError.notFound({ group: '', resource: 'namespaces' }, 'nope'), 404, 'NotFound', 'namespaces "nope" not found'],
    [ApiError.alreadyExists(MACHINES, 'm1'), 409, 'AlreadyExists', 'machines.cluster.x-k8s.io "m1" already exists'],
    [
      ApiError.conflict(CLUSTERS, 'c1'),
      409,
      'Conflict',
      'Operation cannot be fulfilled on clusters.cluster.x-k8s.io "c1": the object has been modified; please apply your changes to the latest version and try again',
    ],
    [ApiError.gone('too old resource version: 1 (5)'), 410, 'Expired', 'too old resource version: 1 (5)'],
    [ApiError.badRequest('bad'), 400, 'BadRequest', 'bad'],
    [ApiError.unauthorized(), 401, 'Unauthorized', 'Unauthorized'],
    [ApiError.forbidden(MACHINES, 'm1', 'no'), 403, 'Forbidden', 'machines.cluster.x-k8s.io "m1" is forbidden: no'],
    [ApiError.methodNotSupported(MACHINES, 'create'), 405, 'MethodNotAllowed', 'create is not supported on resources of kind "machines.cluster.x-k8s.io"'],
    [ApiError.internal(new Error('boom')), 500, 'InternalError', 'Internal error occurred: boom'],
  ])('builds a %# Status with the apiserver wording', (error, code, reason, message) => {
    expect(error.status).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message });
  });

  it('formats one invalid field like kube-apiserver', () => {
    const error = ApiError.invalid({ group: 'cluster.x-k8s.io', kind: 'Cluster', name: 'c1', causes: [{ reason: 'FieldValueInvalid', message: 'Invalid value: "x": must be a semver', field: 'spec.topology.version' }] });
    expect(error.status.message).toBe('Cluster.cluster.x-k8s.io "c1" is invalid: spec.topology.version: Invalid value: "x": must be a semver');
    expect(error.status.details).toMatchObject({ name: 'c1', group: 'cluster.x-k8s.io', kind: 'Cluster', causes: [{ field: 'spec.topology.version' }] });
  });

  it('lists several invalid fields in brackets', () => {
    const error = ApiError.invalid({
      group: 'cluster.x-k8s.io',
      kind: 'Machine',
      name: 'm1',
      causes: [
        { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.clusterName' },
        { reason: 'FieldValueInvalid', message: 'Invalid value: -1: must be positive', field: 'spec.x' },
      ],
    });
    expect(error.status.message).toBe('Machine.cluster.x-k8s.io "m1" is invalid: [spec.clusterName: Required value, spec.x: Invalid value: -1: must be positive]');
  });
});
