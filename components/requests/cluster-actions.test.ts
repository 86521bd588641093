import { describe, expect, it } from 'vitest';
import { scalablePools } from './cluster-pools';
import { fieldErrorsFromDetails, validateActionInput } from './validate-action-input';

const target = { managementCluster: 'mgmt-eu-west', namespace: 'team-payments', clusterName: 'pay-1' };

describe('scalablePools', () => {
  it('lists the topology pools of a ClusterClass-based cluster', () => {
    const objects = [
      { kind: 'Cluster', name: 'pay-1', topology: { machineDeployments: [{ class: 'default-worker', name: 'md-0', replicas: 3 }, { class: 'gpu', name: 'md-gpu' }], machinePools: [] } },
      { kind: 'MachineDeployment', name: 'pay-1-md-0-x7k2p', clusterName: 'pay-1', replicas: { desired: 3 } },
    ];
    expect(scalablePools({ clusterName: 'pay-1', objects })).toEqual([{ name: 'md-0', replicas: 3 }, { name: 'md-gpu', replicas: null }]);
  });

  it('lists the MachineDeployments of a cluster without topology, not those of other clusters', () => {
    const objects = [
      { kind: 'Cluster', name: 'legacy' },
      { kind: 'MachineDeployment', name: 'legacy-workers-b', clusterName: 'legacy', replicas: { desired: 2 } },
      { kind: 'MachineDeployment', name: 'legacy-workers-a', clusterName: 'legacy' },
      { kind: 'MachineDeployment', name: 'other-md', clusterName: 'other', replicas: { desired: 1 } },
    ];
    expect(scalablePools({ clusterName: 'legacy', objects })).toEqual([{ name: 'legacy-workers-a', replicas: null }, { name: 'legacy-workers-b', replicas: 2 }]);
  });
});

describe('validateActionInput', () => {
  it.each([
    ['a scale request', { type: 'scale-pool', ...target, pool: 'md-0', replicas: 5 }],
    ['an upgrade', { type: 'upgrade-version', ...target, version: 'v1.34.1' }],
    ['a pause with a comment', { type: 'pause', ...target, comment: 'maintenance' }],
    ['a deletion with the typed name', { type: 'delete-cluster', ...target, confirmName: 'pay-1' }],
  ])('accepts %s', (_what, raw) => {
    expect(validateActionInput(raw).ok).toBe(true);
  });

  it.each([
    ['negative replicas', { type: 'scale-pool', ...target, pool: 'md-0', replicas: -1 }, 'replicas'],
    ['a version without the v', { type: 'upgrade-version', ...target, version: '1.34.1' }, 'version'],
  ])('rejects %s on the right field', (_what, raw, field) => {
    const result = validateActionInput(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });
});

describe('fieldErrorsFromDetails', () => {
  it('keeps the first message per field and ignores malformed entries', () => {
    expect(fieldErrorsFromDetails({ fieldErrors: [{ field: 'confirmName', message: 'must be pay-1' }, { field: 'confirmName', message: 'second' }, { nope: 1 }, null] })).toEqual({ confirmName: 'must be pay-1' });
    expect(fieldErrorsFromDetails(undefined)).toEqual({});
  });
});
