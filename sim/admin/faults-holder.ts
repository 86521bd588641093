// The live ManagementClusterFaults of one simulated management cluster; the API server reads it
// on every request, the admin API writes it.
import { createNoFaults, type ManagementClusterFaults } from '../core/management-cluster-faults';

export interface FaultsHolder {
  get(): ManagementClusterFaults;
  set(patch: Partial<ManagementClusterFaults>): ManagementClusterFaults;
  reset(): ManagementClusterFaults;
}

export function createFaultsHolder(): FaultsHolder {
  let current = createNoFaults();
  return {
    get: () => current,
    set(patch) {
      current = { ...current, ...patch };
      return current;
    },
    reset() {
      current = createNoFaults();
      return current;
    },
  };
}
