import { describe, expect, it } from 'vitest';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import type { ClassForm } from '@/lib/catalog/catalog-types';
import { toRequestFormModel } from './request-form-model';
import { initialRequestFormState, requestFormReducer } from './request-form-state';
import { changeRequestBody } from './use-submit-request';

const logLevel = buildFormVariable({ name: 'logLevel', required: false, schema: { type: 'string' } });
const region = buildFormVariable({ name: 'region', required: true, schema: { type: 'string', default: 'eu-west-1' } });

const form: ClassForm = {
  entry: { managementCluster: 'mgmt-eu-west', namespace: 'quarterdeck-classes', name: 'aws-standard', description: 'AWS', infrastructureProvider: 'aws', controlPlaneKind: 'KubeadmControlPlaneTemplate', workerClasses: ['default-worker', 'gpu'], versions: ['v1.34.1'], teams: 'all', apiVersion: 'v1beta2', variableCount: 2 },
  variables: [region, logLevel],
  workerClasses: [
    { class: 'default-worker', variables: ['logLevel', 'missing'] },
    { class: 'gpu', variables: [] },
  ],
  versions: ['v1.34.1'],
  namespaces: ['team-payments', 'team-search'],
  defaults: { managementCluster: 'mgmt-eu-west', classNamespace: 'quarterdeck-classes', className: 'aws-standard', name: '', namespace: 'team-payments', version: 'v1.34.1', controlPlaneReplicas: 3, workers: [], variables: { region: 'eu-west-1' } },
};

describe('toRequestFormModel', () => {
  it('resolves the variables each worker class may override, skipping unknown names', () => {
    const model = toRequestFormModel(form);
    expect(model.overridesFor('default-worker')).toEqual([logLevel]);
    expect(model.overridesFor('gpu')).toEqual([]);
    expect(model.overridesFor('nope')).toEqual([]);
    expect(model.workerClasses).toEqual(['default-worker', 'gpu']);
    expect(model.namespaces).toEqual(['team-payments', 'team-search']);
  });

  it('offers the default namespace even when the list lacks it', () => {
    expect(toRequestFormModel({ ...form, namespaces: ['team-search'] }).namespaces).toEqual(['team-payments', 'team-search']);
  });
});

describe('changeRequestBody', () => {
  it('wraps the values as a create-cluster request with the optional TTL and comment', () => {
    let state = initialRequestFormState(form.defaults);
    expect(changeRequestBody(state)).toEqual({ type: 'create-cluster', request: form.defaults });
    state = requestFormReducer(state, { type: 'set-ttl', ttlHours: 12 });
    state = requestFormReducer(state, { type: 'set-comment', comment: '  for CI  ' });
    expect(changeRequestBody(state)).toEqual({ type: 'create-cluster', request: form.defaults, ttlHours: 12, comment: 'for CI' });
  });
});
