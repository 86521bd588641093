import { describe, expect, it } from 'vitest';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { errorsAt, initialRequestFormState, nextPoolName, requestFormReducer, type RequestFormState } from './request-form-state';

const defaults: ClusterRequestInput = {
  managementCluster: 'mgmt-eu-west',
  classNamespace: 'quarterdeck-classes',
  className: 'aws-standard',
  name: '',
  namespace: 'team-payments',
  version: 'v1.34.1',
  controlPlaneReplicas: 3,
  workers: [{ class: 'default-worker', name: 'md-0', replicas: 2, overrides: {} }],
  variables: { region: 'eu-west-1', network: { cidr: '10.0.0.0/16' }, preLoadImages: [] },
};

const start = (): RequestFormState => initialRequestFormState(defaults);

describe('requestFormReducer', () => {
  it('starts from the class defaults with no errors and no time-to-live', () => {
    expect(start()).toEqual({ values: defaults, ttlHours: undefined, comment: '', serverErrors: {}, serverMessages: [] });
  });

  it.each([
    { path: ['name'], value: 'pay-1', read: (s: RequestFormState) => s.values.name },
    { path: ['variables', 'region'], value: 'eu-central-1', read: (s: RequestFormState) => s.values.variables.region },
    { path: ['variables', 'network', 'cidr'], value: '10.1.0.0/16', read: (s: RequestFormState) => (s.values.variables.network as { cidr: string }).cidr },
    { path: ['workers', 0, 'replicas'], value: 5, read: (s: RequestFormState) => s.values.workers[0]?.replicas },
    { path: ['workers', 0, 'overrides', 'instanceType'], value: 'm5.large', read: (s: RequestFormState) => s.values.workers[0]?.overrides.instanceType },
  ])('sets a value at $path without touching its siblings', ({ path, value, read }) => {
    const next = requestFormReducer(start(), { type: 'set', path, value });
    expect(read(next)).toEqual(value);
    expect(next.values.namespace).toBe('team-payments');
    expect(next.values.variables.network).toEqual(path.includes('network') ? { cidr: value } : { cidr: '10.0.0.0/16' });
    expect(defaults.name).toBe('');
  });

  it('removes an optional value when it is set to undefined', () => {
    const next = requestFormReducer(start(), { type: 'set', path: ['variables', 'region'], value: undefined });
    expect('region' in next.values.variables).toBe(false);
  });

  it('adds and removes array items at a path', () => {
    let state = requestFormReducer(start(), { type: 'add-item', path: ['variables', 'preLoadImages'], value: 'a' });
    state = requestFormReducer(state, { type: 'add-item', path: ['variables', 'preLoadImages'], value: 'b' });
    state = requestFormReducer(state, { type: 'add-item', path: ['variables', 'extra'], value: 'c' });
    expect(state.values.variables.preLoadImages).toEqual(['a', 'b']);
    expect(state.values.variables.extra).toEqual(['c']);
    state = requestFormReducer(state, { type: 'remove-item', path: ['variables', 'preLoadImages'], index: 0 });
    expect(state.values.variables.preLoadImages).toEqual(['b']);
  });

  it('adds a worker pool with a free name and removes pools by index', () => {
    let state = requestFormReducer(start(), { type: 'add-pool', workerClass: 'gpu-worker' });
    expect(state.values.workers[1]).toEqual({ class: 'gpu-worker', name: 'md-1', replicas: 1, overrides: {} });
    state = requestFormReducer(state, { type: 'remove-pool', index: 0 });
    expect(state.values.workers.map((pool) => pool.name)).toEqual(['md-1']);
    state = requestFormReducer(state, { type: 'add-pool', workerClass: 'default-worker' });
    expect(state.values.workers.map((pool) => pool.name)).toEqual(['md-1', 'md-0']);
  });

  it('picks the first unused md-N name', () => {
    expect(nextPoolName([])).toBe('md-0');
    expect(nextPoolName([{ class: 'x', name: 'md-0', replicas: 1, overrides: {} }, { class: 'x', name: 'md-2', replicas: 1, overrides: {} }])).toBe('md-1');
  });

  it('files dry-run errors by field and drops a field error once that field is edited', () => {
    let state = requestFormReducer(start(), {
      type: 'dry-run',
      fieldErrors: [
        { field: 'variables.region', message: 'Unsupported value: "mars"' },
        { field: 'workers.0.replicas', message: 'must be at most 10' },
        { field: 'variables.region', message: 'second complaint' },
      ],
      messages: ['admission webhook denied the request'],
    });
    expect(errorsAt({ path: ['variables', 'region'], clientErrors: [], state })).toEqual(['Unsupported value: "mars"', 'second complaint']);
    expect(state.serverMessages).toEqual(['admission webhook denied the request']);
    state = requestFormReducer(state, { type: 'set', path: ['variables', 'region'], value: 'eu-west-1' });
    expect(errorsAt({ path: ['variables', 'region'], clientErrors: [], state })).toEqual([]);
    expect(errorsAt({ path: ['workers', 0, 'replicas'], clientErrors: [], state })).toEqual(['must be at most 10']);
    state = requestFormReducer(state, { type: 'remove-pool', index: 0 });
    expect(state.serverErrors).toEqual({});
  });

  it('drops an error on a nested field when its parent object is replaced', () => {
    let state = requestFormReducer(start(), { type: 'dry-run', fieldErrors: [{ field: 'variables.network.cidr', message: 'bad' }], messages: [] });
    state = requestFormReducer(state, { type: 'set', path: ['variables', 'network'], value: { cidr: '10.2.0.0/16' } });
    expect(state.serverErrors).toEqual({});
  });

  it('lists live errors before dry-run errors at a path, without repeating a message', () => {
    const state = requestFormReducer(start(), { type: 'dry-run', fieldErrors: [{ field: 'name', message: 'is required' }, { field: 'name', message: 'already exists' }], messages: [] });
    expect(errorsAt({ path: ['name'], clientErrors: [{ field: 'name', message: 'is required' }, { field: 'namespace', message: 'x' }], state })).toEqual(['is required', 'already exists']);
  });

  it('keeps the time-to-live and the comment apart from the values', () => {
    let state = requestFormReducer(start(), { type: 'dry-run', fieldErrors: [{ field: 'ttlHours', message: 'Too big' }], messages: [] });
    state = requestFormReducer(state, { type: 'set-ttl', ttlHours: 8 });
    state = requestFormReducer(state, { type: 'set-comment', comment: 'for the load test' });
    expect(state).toMatchObject({ ttlHours: 8, comment: 'for the load test', serverErrors: {}, values: defaults });
    expect(requestFormReducer(state, { type: 'reset', defaults })).toMatchObject({ ttlHours: undefined, comment: '' });
  });
});
