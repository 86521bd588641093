// Supervises one management cluster: discovery (retried with backoff, repeated now and then to
// pick up newly installed providers), then one informer per served kind. Nothing here is awaited
// by request paths: readers only look at the caches and the status.
import { logger } from '@/lib/observability/logger';
import { discoverApis } from '../discovery/discover-apis';
import type { ManagementClusterEntry } from '../registry/management-cluster-entry';
import { describeNetworkError } from '../request/describe-network-error';
import { KubeRequestError } from '../request/kube-failure';
import { computeState } from '../status/compute-state';
import type { DiscoveryState, ManagementClusterStatus } from '../status/management-cluster-status';
import { abortableSleep } from './abortable-sleep';
import { computeBackoffMs } from './compute-backoff';
import type { Informer, InformerTuning } from './informer-types';
import { EVENT_RESOURCE, isCapiEvent, selectInformerResources } from './select-informer-resources';
import { startInformer } from './start-informer';

export interface ManagementClusterOptions {
  tuning?: Partial<InformerTuning>;
  /** Only these kinds (tests, benchmarks). */
  kinds?: readonly string[];
  rediscoverMs?: number;
  maxEvents?: number;
}

export interface ManagementClusterRuntime {
  entry: ManagementClusterEntry;
  informers(): Informer[];
  status(): ManagementClusterStatus;
  stop(): void;
}

const resourceKey = (resource: { group: string; kind: string }) => `${resource.kind}.${resource.group}`;

export function startManagementCluster(options: { entry: ManagementClusterEntry } & ManagementClusterOptions): ManagementClusterRuntime {
  const { entry } = options;
  const informers = new Map<string, Informer>();
  const stopController = new AbortController();
  const discovery: DiscoveryState = { phase: 'pending', error: null, errorKind: null, failingSince: null, capiVersion: null, capiServedVersions: [] };
  let lastSyncAt: string | null = null;

  const discoverAndStart = async () => {
    const kubeConfig = entry.kubeConfig;
    if (!kubeConfig) return;
    const discovered = await discoverApis({ kubeConfig, signal: stopController.signal });
    Object.assign(discovery, { phase: 'done', error: null, errorKind: null, failingSince: null, capiVersion: discovered.capiVersion, capiServedVersions: discovered.capiServedVersions });
    for (const resource of selectInformerResources({ discovered, kinds: options.kinds })) {
      const key = resourceKey(resource);
      if (informers.has(key) || stopController.signal.aborted) continue;
      const isEvents = key === resourceKey(EVENT_RESOURCE);
      informers.set(
        key,
        startInformer({
          managementCluster: entry.name,
          kubeConfig,
          resource,
          tuning: options.tuning,
          // Events stay parsed: capped, churning, and read whole by every graph and timeline request.
          ...(isEvents ? { filter: isCapiEvent, maxObjects: options.maxEvents ?? 5_000, storage: 'parsed' as const } : {}),
        }),
      );
    }
  };

  const supervise = async () => {
    let failures = 0;
    while (!stopController.signal.aborted) {
      try {
        await discoverAndStart();
        failures = 0;
        await abortableSleep({ ms: options.rediscoverMs ?? 10 * 60_000, signal: stopController.signal });
      } catch (error) {
        if (stopController.signal.aborted) break;
        const failure = error instanceof KubeRequestError ? error.failure : describeNetworkError(error);
        failures += 1;
        // Once informers run they report the outage themselves; a failed re-discovery only logs.
        if (discovery.phase !== 'done') {
          discovery.phase = 'failed';
          discovery.error = failure.message;
          discovery.errorKind = failure.kind;
          discovery.failingSince ??= new Date().toISOString();
        }
        if (failures === 1) logger.warn('discovery failed', { managementCluster: entry.name, error: failure.message });
        const { backoffMinMs, backoffMaxMs } = { backoffMinMs: 1_000, backoffMaxMs: 30_000, ...options.tuning };
        await abortableSleep({ ms: computeBackoffMs({ attempt: failures, minMs: backoffMinMs, maxMs: backoffMaxMs }), signal: stopController.signal });
      }
    }
  };

  if (entry.kubeConfig) supervise().catch((error: unknown) => logger.error('management-cluster supervisor crashed', { managementCluster: entry.name, error }));

  return {
    entry,
    informers: () => [...informers.values()],
    status: () => {
      const kinds = [...informers.values()].map((informer) => informer.status());
      const computed = computeState({ refusal: entry.refusal, discovery, kinds });
      if (computed.state === 'connected') lastSyncAt = new Date().toISOString();
      // Nobody read the status while connected: the kinds' own last lists are the best answer.
      else if (lastSyncAt === null && kinds.length > 0 && kinds.every((kind) => kind.lastSyncAt !== null)) lastSyncAt = kinds.map((kind) => kind.lastSyncAt ?? '').sort()[0] ?? null;
      return {
        name: entry.name,
        displayName: entry.displayName,
        labels: entry.labels,
        ...computed,
        lastSyncAt,
        capiVersion: discovery.capiVersion,
        capiServedVersions: discovery.capiServedVersions,
        kinds,
      };
    },
    stop: () => {
      stopController.abort();
      for (const informer of informers.values()) informer.stop();
    },
  };
}
