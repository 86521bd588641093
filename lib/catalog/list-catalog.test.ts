import { describe, expect, it } from 'vitest';
import { fixtureConfig, fixtureSource, fixtureUser } from './catalog-fixtures';
import { getClassForm } from './get-class-form';
import { listCatalog } from './list-catalog';

const base = { source: fixtureSource, config: fixtureConfig };
const ids = (items: { managementCluster: string; name: string }[]) => items.map((e) => `${e.managementCluster}/${e.name}`);

describe('listCatalog', () => {
  it('shows a team member the classes open to every team and those granted to their team', () => {
    expect(ids(listCatalog({ ...base, user: fixtureUser() }).items)).toEqual(['mgmt-eu/aws-standard', 'mgmt-ap/quick-start', 'mgmt-eu/quick-start']);
    expect(ids(listCatalog({ ...base, user: fixtureUser({ teams: ['search'] }) }).items)).toEqual(['mgmt-ap/quick-start', 'mgmt-eu/quick-start', 'mgmt-us/quick-start']);
  });

  it('shows an admin every class', () => {
    expect(listCatalog({ ...base, user: fixtureUser({ roles: ['admin'], teams: [] }) }).items).toHaveLength(4);
  });

  it('takes versions from spec.kubernetesVersions, else from the config policy', () => {
    const [aws, ap] = listCatalog({ ...base, user: fixtureUser() }).items;
    expect(aws?.versions).toEqual(['v1.32.9', 'v1.33.5']);
    expect(ap?.versions).toEqual(['v1.33.5', 'v1.34.1']);
  });

  it('uses the description annotation, else derives one from the templates', () => {
    const [aws, ap] = listCatalog({ ...base, user: fixtureUser() }).items;
    expect(aws?.description).toBe('Standard AWS cluster.');
    expect(ap?.description).toBe('KubeadmControlPlane control plane on docker, worker classes default-worker, 1 variables.');
  });

  it('describes provider, control plane, worker classes, access, API version and variable count', () => {
    const [aws, ap] = listCatalog({ ...base, user: fixtureUser() }).items;
    expect(aws).toMatchObject({ infrastructureProvider: 'aws', controlPlaneKind: 'KubeadmControlPlaneTemplate', workerClasses: ['general', 'memory'], teams: ['payments'], apiVersion: 'v1beta2', variableCount: 3 });
    expect(ap).toMatchObject({ infrastructureProvider: 'docker', teams: 'all', apiVersion: 'v1beta1', variableCount: 1 });
  });

  it.each([
    [{ search: 'standard aws' }, ['mgmt-eu/aws-standard']],
    [{ provider: 'docker' }, ['mgmt-ap/quick-start', 'mgmt-eu/quick-start']],
    [{ managementCluster: 'mgmt-eu' }, ['mgmt-eu/aws-standard', 'mgmt-eu/quick-start']],
    [{ search: 'nothing-matches' }, []],
  ])('filters by %j', (filter, expected) => {
    expect(ids(listCatalog({ ...base, user: fixtureUser(), ...filter }).items)).toEqual(expected);
  });
});

describe('getClassForm', () => {
  const ref = { managementCluster: 'mgmt-eu', namespace: 'quarterdeck-classes', name: 'aws-standard' };

  it('returns the variables as field trees, worker classes, versions and ready-to-edit defaults', () => {
    const form = getClassForm({ ...base, ...ref, user: fixtureUser() });
    expect(form.variables.map((v) => [v.name, v.required, v.field.widget])).toEqual([['region', true, 'select'], ['workerSize', false, 'number'], ['prefix', true, 'text']]);
    expect(form.workerClasses).toEqual([{ class: 'general', variables: ['region', 'workerSize', 'prefix'] }, { class: 'memory', variables: ['region', 'workerSize', 'prefix'] }]);
    expect(form.defaults).toEqual({ ...ref, classNamespace: 'quarterdeck-classes', className: 'aws-standard', name: '', namespace: 'team-payments', version: 'v1.33.5', controlPlaneReplicas: 1, workers: [{ class: 'general', name: 'md-0', replicas: 1, overrides: {} }], variables: { region: 'eu-west-1', workerSize: 2 } });
  });

  it('answers 404 for a class that does not exist', () => {
    expect(() => getClassForm({ ...base, ...ref, name: 'nope', user: fixtureUser() })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('answers 403 when the user’s teams may not use the class', () => {
    expect(() => getClassForm({ ...base, ...ref, user: fixtureUser({ teams: ['search'] }) })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
