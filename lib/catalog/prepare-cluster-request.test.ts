import { describe, expect, it } from 'vitest';
import type { ClusterRequestInput } from './cluster-request-input';
import { fixtureConfig, fixtureSource, fixtureUser } from './catalog-fixtures';
import { prepareClusterRequest } from './prepare-cluster-request';

const base = { source: fixtureSource, config: fixtureConfig };
const input: ClusterRequestInput = {
  managementCluster: 'mgmt-eu', classNamespace: 'quarterdeck-classes', className: 'aws-standard', name: 'checkout', namespace: 'team-payments', version: 'v1.33.5',
  controlPlaneReplicas: 3, workers: [{ class: 'general', name: 'md-0', replicas: 2, overrides: { workerSize: 4 } }], variables: { region: 'eu-central-1', prefix: 'abc' },
};

function fieldErrorsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code: string; details: { fieldErrors: unknown } }).details.fieldErrors;
  }
  throw new Error('expected a validation error');
}

describe('prepareClusterRequest', () => {
  it('renders a v1beta2 manifest with the team label for a valid request', () => {
    const { manifest, entry, spec } = prepareClusterRequest({ ...base, user: fixtureUser(), input });
    expect(entry.name).toBe('aws-standard');
    expect(spec.labels).toEqual({ 'quarterdeck.dev/team': 'payments' });
    expect(manifest).toMatchObject({ apiVersion: 'cluster.x-k8s.io/v1beta2', metadata: { name: 'checkout', namespace: 'team-payments', labels: { 'quarterdeck.dev/team': 'payments' } }, spec: { topology: { classRef: { name: 'aws-standard', namespace: 'quarterdeck-classes' }, version: 'v1.33.5' } } });
  });

  it('renders v1beta1 for a management cluster serving only v1beta1', () => {
    const { manifest } = prepareClusterRequest({ ...base, user: fixtureUser(), input: { ...input, managementCluster: 'mgmt-ap', className: 'quick-start', workers: [], variables: {}, version: 'v1.34.1' } });
    expect(manifest.apiVersion).toBe('cluster.x-k8s.io/v1beta1');
    expect(manifest.spec.topology).toMatchObject({ class: 'quick-start', classNamespace: 'quarterdeck-classes' });
  });

  it.each<[string, Partial<ClusterRequestInput>, { field: string; message: string }[]]>([
    ['another team’s namespace', { namespace: 'team-search' }, [{ field: 'namespace', message: "must be one of your teams' namespaces: team-payments" }]],
    ['a version the class does not allow', { version: 'v1.34.1' }, [{ field: 'version', message: 'must be one of v1.32.9, v1.33.5' }]],
    ['an unknown worker class', { workers: [{ class: 'gpu', name: 'md-0', replicas: 1, overrides: {} }] }, [{ field: 'workers.0.class', message: 'must be one of general, memory' }]],
    ['a variable above its maximum in a pool override', { workers: [{ class: 'general', name: 'md-0', replicas: 1, overrides: { workerSize: 9 } }] }, [{ field: 'workers.0.overrides.workerSize', message: 'should be less than or equal to 8' }]],
    ['a variable violating its pattern', { variables: { prefix: 'ABC' } }, [{ field: 'variables.prefix', message: "should match '^[a-z]+$'" }]],
    ['a missing required variable without default', { variables: {} }, [{ field: 'variables.prefix', message: 'is required' }]],
    ['an unknown variable', { variables: { prefix: 'a', nope: 1 } }, [{ field: 'variables.nope', message: 'variable "nope" is not defined by the ClusterClass' }]],
    ['a malformed name', { name: 'Bad_Name' }, [{ field: 'name', message: 'must be a lowercase DNS label (a-z, 0-9, "-")' }]],
  ])('rejects %s with a field error', (_name, change, errors) => {
    expect(fieldErrorsOf(() => prepareClusterRequest({ ...base, user: fixtureUser(), input: { ...input, ...change } }))).toEqual(errors);
  });

  it('lets an admin use any team namespace', () => {
    expect(prepareClusterRequest({ ...base, user: fixtureUser({ roles: ['admin'], teams: [] }), input: { ...input, namespace: 'team-search' } }).spec.labels).toEqual({ 'quarterdeck.dev/team': 'search' });
  });

  it('refuses a class the user’s teams may not use', () => {
    expect(() => prepareClusterRequest({ ...base, user: fixtureUser({ teams: ['search'] }), input: { ...input, namespace: 'team-search' } })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
