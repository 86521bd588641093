import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { findRootCause } from '@/lib/capi/root-cause/find-root-cause';
import { type RootCause } from '@/lib/capi/root-cause/types';

const LIMIT = 2_000;
const holder = globalThis as typeof globalThis & { __quarterdeckRootCauses?: Map<string, RootCause | null> };

/**
 * findRootCause for one cluster, shared by the queue and the graph and kept until the cluster
 * changes (keyed by the fleet version at which it last changed): walking the chain is the most
 * expensive part of a graph request.
 */
export function cachedRootCause(options: { clusterId: string; version: number; reachable: boolean; objects: () => readonly NormalizedObject[]; cluster: { namespace: string; name: string } }): RootCause | undefined {
  const cache = (holder.__quarterdeckRootCauses ??= new Map<string, RootCause | null>());
  const key = `${options.clusterId}|${options.version}|${options.reachable}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const found = findRootCause({ objects: options.objects(), cluster: options.cluster, ...(options.reachable ? {} : { managementCluster: { reachable: false } }) });
  cache.set(key, found ?? null);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
  return found;
}
