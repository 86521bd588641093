import { describe, expect, it } from 'vitest';
import { type ClusterSummary } from '../summary/types';
import { fleetDistribution } from './fleet-distribution';

function summary(options: { mc: string; team?: string; cp?: string; workers: Record<string, number> }): ClusterSummary {
  return {
    id: 'x', managementCluster: options.mc, namespace: 'n', name: 'c', infrastructureProvider: 'aws', servedVersion: 'v1beta2', health: 'healthy',
    controlPlaneVersion: options.cp ? { observed: options.cp } : {}, workerVersions: [{ kind: 'MachineDeployment', name: 'md', observed: Object.keys(options.workers), machinesByVersion: options.workers }],
    controlPlaneReplicas: {}, workerReplicas: {}, paused: false, deleting: false, upgrading: false, conditions: [], ...(options.team ? { team: options.team } : {}),
  };
}

describe('fleetDistribution', () => {
  it('counts control-plane minors per cluster and worker minors per machine, overall, per team and per management cluster', () => {
    const result = fleetDistribution([
      summary({ mc: 'eu', team: 'payments', cp: 'v1.33.4', workers: { 'v1.33.4': 3, 'v1.32.9': 1 } }),
      summary({ mc: 'eu', team: 'search', cp: 'v1.32.1', workers: { 'v1.32.1': 2 } }),
      summary({ mc: 'us', cp: 'v1.33.0+rke2r1', workers: {} }),
      summary({ mc: 'us', team: 'payments', workers: { 'garbage': 1 } }),
    ]);
    expect(result.controlPlane).toEqual({ '1.33': 2, '1.32': 1, unknown: 1 });
    expect(result.workers).toEqual({ '1.33': 3, '1.32': 3, unknown: 1 });
    expect(result.byTeam.payments).toEqual({ controlPlane: { '1.33': 1, unknown: 1 }, workers: { '1.33': 3, '1.32': 1, unknown: 1 } });
    expect(result.byTeam.unknown?.controlPlane).toEqual({ '1.33': 1 });
    expect(result.byManagementCluster.eu?.controlPlane).toEqual({ '1.33': 1, '1.32': 1 });
  });
});
