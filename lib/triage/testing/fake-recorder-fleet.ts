// A one-cluster fleet (mc/ns/c) for transition-recorder tests: `change` swaps its objects and
// notifies subscribers as the fleet service's change log does.
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type FleetChange } from '@/lib/fleet/fleet-change-log';
import { type RecorderFleet } from '../transition-recorder';

export function fakeRecorderFleet(initial: NormalizedObject[]): { fleet: RecorderFleet; change: (next: NormalizedObject[]) => void } {
  let objects = initial;
  let version = 1;
  const listeners = new Set<(change: FleetChange) => void>();
  const fleet: RecorderFleet = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    allSummaries: () => [{ managementCluster: 'mc', namespace: 'ns', name: 'c' }],
    normalizedObjects: () => objects,
  };
  const change = (next: NormalizedObject[]) => {
    objects = next;
    version += 1;
    for (const listener of listeners) listener({ version, changed: ['mc/ns/c'], removed: [], at: 0 });
  };
  return { fleet, change };
}
