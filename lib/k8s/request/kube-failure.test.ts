import { describe, expect, it } from 'vitest';
import { failureFromResponse } from './kube-failure';

describe('failureFromResponse', () => {
  it.each([
    { status: 400, kind: 'bad-request' },
    { status: 401, kind: 'unauthorized' },
    { status: 403, kind: 'forbidden' },
    { status: 404, kind: 'not-found' },
    { status: 409, kind: 'conflict' },
    { status: 410, kind: 'gone' },
    { status: 415, kind: 'bad-request' },
    { status: 422, kind: 'invalid' },
    { status: 429, kind: 'too-many-requests' },
    { status: 500, kind: 'server-error' },
    { status: 503, kind: 'server-error' },
    { status: 504, kind: 'timeout' },
  ])('maps HTTP $status to $kind', ({ status, kind }) => {
    expect(failureFromResponse({ status, body: { kind: 'Status', message: 'm' } }).kind).toBe(kind);
  });

  it('keeps the Status message, reason and field causes', () => {
    const failure = failureFromResponse({
      status: 422,
      body: {
        kind: 'Status',
        code: 422,
        reason: 'Invalid',
        message: 'Cluster.cluster.x-k8s.io "c1" is invalid: spec.topology.version: Invalid value: "1.30": must be a semantic version',
        details: { name: 'c1', kind: 'Cluster', causes: [{ reason: 'FieldValueInvalid', message: 'Invalid value: "1.30"', field: 'spec.topology.version' }] },
      },
    });
    expect(failure).toEqual({
      kind: 'invalid',
      status: 422,
      reason: 'Invalid',
      message: 'Cluster.cluster.x-k8s.io "c1" is invalid: spec.topology.version: Invalid value: "1.30": must be a semantic version',
      causes: [{ field: 'spec.topology.version', message: 'Invalid value: "1.30"', reason: 'FieldValueInvalid' }],
    });
  });

  it('describes a response without a Status body by its HTTP status', () => {
    expect(failureFromResponse({ status: 502, body: undefined })).toEqual({ kind: 'server-error', status: 502, reason: null, message: 'The API server answered HTTP 502', causes: [] });
  });
});
