import { type ClusterSummary } from '@/lib/capi/summary/types';

/** A healthy v1beta2 cluster summary for table-driven tests; override what the case is about. */
export function makeSummary(overrides: Partial<ClusterSummary> & { name: string }): ClusterSummary {
  const managementCluster = overrides.managementCluster ?? 'mgmt-eu';
  const namespace = overrides.namespace ?? 'team-payments';
  return {
    id: `${managementCluster}/${namespace}/${overrides.name}`,
    managementCluster,
    namespace,
    infrastructureProvider: 'aws',
    servedVersion: 'v1beta2',
    health: 'healthy',
    controlPlaneVersion: { desired: 'v1.33.4', observed: 'v1.33.4' },
    workerVersions: [],
    controlPlaneReplicas: {},
    workerReplicas: {},
    paused: false,
    deleting: false,
    upgrading: false,
    conditions: [],
    ...overrides,
  };
}
