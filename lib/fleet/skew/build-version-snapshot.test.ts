import { describe, expect, it } from 'vitest';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { makeSummary } from '../__fixtures__/make-summary';
import { buildVersionSnapshot } from './build-version-snapshot';

function cluster(options: { mc: string; team?: string; cp: string; workers: string[][] }): ClusterSummary {
  return makeSummary({
    name: `c-${options.cp}-${options.workers.length}`,
    managementCluster: options.mc,
    team: options.team,
    controlPlaneVersion: { observed: options.cp },
    workerVersions: options.workers.map((observed, index) => ({ kind: 'MachineDeployment', name: `md-${index}`, observed, machinesByVersion: {} })),
  });
}

describe('buildVersionSnapshot', () => {
  it('counts clusters per management cluster, team, control-plane minor and lowest worker minor', () => {
    const rows = buildVersionSnapshot([
      cluster({ mc: 'eu', team: 'pay', cp: 'v1.33.4', workers: [['v1.32.9', 'v1.33.4'], ['v1.33.4']] }),
      cluster({ mc: 'eu', team: 'pay', cp: 'v1.33.1', workers: [['v1.32.1']] }),
      cluster({ mc: 'eu', cp: 'v1.34.0', workers: [] }),
    ]);
    expect(rows).toEqual([
      { managementCluster: 'eu', team: 'pay', controlPlaneMinor: '1.33', workerMinor: '1.32', clusters: 2 },
      { managementCluster: 'eu', team: '', controlPlaneMinor: '1.34', workerMinor: 'none', clusters: 1 },
    ]);
  });
});
