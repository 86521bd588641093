import { describe, expect, it } from 'vitest';
import { FAULT_ANNOTATION } from '../core/fault-names';
import type { KubeObject } from '../core/kube-object';
import { createMemoryStore } from '../store';
import type { AdminTarget } from './admin-target';
import { createFaultsHolder } from './faults-holder';
import { handleAdminRequest } from './handle-admin-request';

const CLUSTERS = { group: 'cluster.x-k8s.io', resource: 'clusters' };

function setup() {
  const store = createMemoryStore({ now: () => new Date('2026-11-21T10:00:00Z') });
  store.create(CLUSTERS, { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'orders', namespace: 'team-payments' } } as unknown as KubeObject);
  const target: AdminTarget = {
    name: 'mgmt-eu-west', displayName: 'EU West', labels: { region: 'eu-west-1' }, capiApi: 'v1beta2', context: 'mgmt-eu-west', url: 'https://127.0.0.1:1',
    store, faults: createFaultsHolder(),
    resolveCapiKind: (kind) => ({ group: 'cluster.x-k8s.io', resource: kind === 'Cluster' ? 'clusters' : 'machinedeployments' }),
  };
  const info = { scenario: 'demo', seed: 42, speed: 10, description: 'test', startedAt: '2026-11-21T10:00:00Z' };
  const call = (method: string, path: string, body: unknown = {}) => handleAdminRequest({ request: { method, path, body }, info, targets: [target] });
  return { store, target, call };
}

describe('handleAdminRequest', () => {
  it('reports the scenario and its management clusters', () => {
    const { call } = setup();
    const response = call('GET', '/api/v1/info');
    expect(response.code).toBe(200);
    expect(response.body).toMatchObject({ scenario: 'demo', seed: 42, managementClusters: [{ name: 'mgmt-eu-west', faults: { unreachable: false } }] });
  });

  it('merges management-cluster faults and clears them all', () => {
    const { call, target } = setup();
    expect(call('PATCH', '/api/v1/management-clusters/mgmt-eu-west/faults', { latencyMs: 250, unreachable: true }).code).toBe(200);
    expect(call('PATCH', '/api/v1/management-clusters/mgmt-eu-west/faults', { errorRate: 0.5 }).body).toMatchObject({ latencyMs: 250, unreachable: true, errorRate: 0.5 });
    expect(call('DELETE', '/api/v1/management-clusters/mgmt-eu-west/faults').code).toBe(200);
    expect(target.faults.get()).toEqual({ unreachable: false, latencyMs: 0, dropWatchesAfterMs: null, errorRate: 0, goneStorm: false });
  });

  it.each([
    [{ errorRate: 2 }, 'errorRate'],
    [{ latencyMs: -1 }, 'latencyMs'],
    [{ unreachable: 'yes' }, 'unreachable'],
    [{ bogus: true }, 'bogus'],
  ])('rejects an invalid fault patch %j with 400', (body, field) => {
    const response = setup().call('PATCH', '/api/v1/management-clusters/mgmt-eu-west/faults', body);
    expect(response.code).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('sets and clears the fault annotation on a Cluster', () => {
    const { call, store } = setup();
    const target = { kind: 'Cluster', namespace: 'team-payments', name: 'orders' };
    expect(call('PUT', '/api/v1/management-clusters/mgmt-eu-west/object-faults', { ...target, fault: 'infra-quota' }).code).toBe(200);
    expect(store.get(CLUSTERS, 'team-payments', 'orders')?.metadata.annotations?.[FAULT_ANNOTATION]).toBe('infra-quota');
    expect(call('DELETE', '/api/v1/management-clusters/mgmt-eu-west/object-faults', target).code).toBe(200);
    expect(store.get(CLUSTERS, 'team-payments', 'orders')?.metadata.annotations?.[FAULT_ANNOTATION]).toBeUndefined();
  });

  it('answers 404 for an unknown fault name target, cluster or management cluster', () => {
    const { call } = setup();
    expect(call('PUT', '/api/v1/management-clusters/mgmt-eu-west/object-faults', { kind: 'Cluster', namespace: 'team-payments', name: 'nope', fault: 'infra-quota' }).code).toBe(404);
    expect(call('GET', '/api/v1/management-clusters/mgmt-nowhere/faults').code).toBe(404);
    expect(call('PUT', '/api/v1/management-clusters/mgmt-eu-west/object-faults', { kind: 'Cluster', namespace: 'team-payments', name: 'orders', fault: 'gremlins' }).code).toBe(400);
  });
});
