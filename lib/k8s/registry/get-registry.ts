import { getConfig } from '@/lib/config/get-config';
import { logger } from '@/lib/observability/logger';
import { buildRegistry } from './build-registry';
import type { ManagementClusterEntry } from './management-cluster-entry';

const holder = globalThis as typeof globalThis & { __quarterdeckRegistry?: ManagementClusterEntry[] };

/**
 * The process-wide list of management clusters, built once. In demo mode the simulator may not
 * have written its manifest yet: nothing is cached then, and the next call tries again.
 */
export function getRegistry(): ManagementClusterEntry[] {
  if (holder.__quarterdeckRegistry) return holder.__quarterdeckRegistry;
  const { config, demo } = getConfig();
  try {
    const entries = buildRegistry({ config, demo });
    if (entries.length === 0) logger.warn('no management clusters: the config lists none and the kubeconfig has no context');
    for (const entry of entries) {
      if (entry.refusal) logger.warn('management cluster refused', { managementCluster: entry.name, reason: entry.refusal });
    }
    holder.__quarterdeckRegistry = entries;
    return entries;
  } catch (error) {
    logger.error('could not build the management-cluster registry', { error });
    return [];
  }
}

export function findManagementCluster(name: string): ManagementClusterEntry | undefined {
  return getRegistry().find((entry) => entry.name === name);
}

/** Tests only: forget the cached registry. */
export function resetRegistryForTests(entries?: ManagementClusterEntry[]): void {
  holder.__quarterdeckRegistry = entries;
}
