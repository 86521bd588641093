// A supervised list+watch loop for one management cluster × kind. It never gives up: every error
// restarts it after a jittered exponential backoff; 410 Gone relists; a silent watch is restarted.
import type { KubeConfig } from '@kubernetes/client-node';
import { logger } from '@/lib/observability/logger';
import { describeNetworkError } from '../request/describe-network-error';
import { KubeRequestError, type KubeFailure } from '../request/kube-failure';
import { resourcePath } from '../request/resource-path';
import { abortableSleep } from './abortable-sleep';
import { computeBackoffMs } from './compute-backoff';
import { DEFAULT_TUNING, type Informer, type InformerResource, type InformerStatus, type InformerTuning } from './informer-types';
import type { K8sObject } from './kube-object';
import { createObjectCache, type ObjectCacheOptions } from './object-cache';
import { listAllPages } from './list-all-pages';
import { stripObject } from './strip-object';
import { watchOnce } from './watch-once';

export interface StartInformerOptions {
  managementCluster: string;
  kubeConfig: KubeConfig;
  resource: InformerResource;
  /** Keep only matching objects (e.g. Events about CAPI objects). */
  filter?: (object: K8sObject) => boolean;
  maxObjects?: number;
  /** How the cache keeps objects (see `ObjectCacheOptions.storage`); compact by default. */
  storage?: ObjectCacheOptions['storage'];
  tuning?: Partial<InformerTuning>;
}

// A watch that ends quickly without delivering anything counts as a failure, so a server that
// closes every watch at once cannot drive a hot reconnect loop.
const PRODUCTIVE_WATCH_MS = 5_000;

function toFailure(error: unknown): KubeFailure {
  return error instanceof KubeRequestError ? error.failure : describeNetworkError(error);
}

export function startInformer(options: StartInformerOptions): Informer {
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const { resource } = options;
  const cache = createObjectCache({ maxObjects: options.maxObjects, storage: options.storage });
  const stopController = new AbortController();
  const stopSignal = stopController.signal;
  const path = resourcePath({ group: resource.group, version: resource.version, plural: resource.plural });
  const log = { managementCluster: options.managementCluster, kind: resource.kind, group: resource.group };
  const status: Omit<InformerStatus, 'objectCount'> = {
    group: resource.group,
    version: resource.version,
    kind: resource.kind,
    plural: resource.plural,
    phase: 'pending',
    synced: false,
    healthy: true,
    lastSyncAt: null,
    lastEventAt: null,
    unhealthySince: null,
    error: null,
    errorKind: null,
    relists: 0,
    watchRestarts: 0,
  };

  const transform = (object: K8sObject): K8sObject | null => {
    const stripped = stripObject({ object, apiVersion: resource.apiVersion, kind: resource.kind });
    return !options.filter || options.filter(stripped) ? stripped : null;
  };

  const markHealthy = () => {
    if (!status.healthy) logger.info('informer recovered', log);
    status.healthy = true;
    status.unhealthySince = null;
    status.error = null;
    status.errorKind = null;
  };

  const markUnhealthy = (error: string, errorKind: InformerStatus['errorKind']) => {
    if (status.healthy) logger.warn('informer failing', { ...log, error, errorKind });
    status.healthy = false;
    status.unhealthySince ??= new Date().toISOString();
    status.error = error;
    status.errorKind = errorKind;
  };

  const backOff = async (attempt: number) => {
    status.phase = 'backoff';
    await abortableSleep({ ms: computeBackoffMs({ attempt, minMs: tuning.backoffMinMs, maxMs: tuning.backoffMaxMs }), signal: stopSignal });
  };

  const relist = async (): Promise<string> => {
    status.phase = 'listing';
    // The very first list of an empty cache goes in page by page: holding a whole large kind parsed
    // until the swap made the sync's peak heap (5 × 80k objects in flight), which the process then
    // kept as RSS. Nothing is replaced then, and the kind reads as not synced until the last page.
    // Any later list (or a retry after a partial first one) swaps in one piece and emits the diff.
    const incremental = !status.synced && cache.size() === 0;
    const onPage = incremental ? (items: K8sObject[]) => items.forEach((item) => cache.upsert(item)) : undefined;
    const result = await listAllPages({ kubeConfig: options.kubeConfig, path, pageSize: tuning.pageSize, timeoutMs: tuning.listTimeoutMs, signal: stopSignal, transform, ...(onPage ? { onPage } : {}) });
    if (!incremental) cache.replaceAll(result.items);
    status.synced = true;
    status.relists += 1;
    status.lastSyncAt = new Date().toISOString();
    markHealthy();
    return result.resourceVersion;
  };

  const run = async () => {
    let resourceVersion: string | null = null;
    let failures = 0;
    while (!stopSignal.aborted) {
      try {
        resourceVersion ??= await relist();
        status.phase = 'watching';
        const startedAt = Date.now();
        const jitter = 0.75 + Math.random() * 0.5;
        const outcome = await watchOnce({
          kubeConfig: options.kubeConfig,
          path,
          resourceVersion,
          timeoutSeconds: Math.round(tuning.watchTimeoutSeconds * jitter),
          staleAfterMs: tuning.staleAfterMs,
          signal: stopSignal,
          cache,
          transform,
          // A reopened watch proves the API server is back, except after a silent watch: then only
          // a real event or bookmark does (otherwise a hung server would flap between states).
          onOpen: () => {
            if (status.errorKind !== 'watchdog') markHealthy();
          },
          onActivity: () => {
            status.lastEventAt = new Date().toISOString();
            markHealthy();
          },
        });
        if (stopSignal.aborted) break;
        status.watchRestarts += 1;
        resourceVersion = outcome.end === 'gone' ? null : outcome.resourceVersion;
        if (outcome.end === 'watchdog') markUnhealthy(`no event or bookmark for ${Math.round(tuning.staleAfterMs / 1000)} s; restarting the watch`, 'watchdog');
        const productive = outcome.end === 'closed' && (outcome.delivered || Date.now() - startedAt >= PRODUCTIVE_WATCH_MS);
        failures = productive ? 0 : failures + 1;
        // The first 410 relists at once, as client-go does; a storm of them backs off.
        if (failures > 1 || (failures === 1 && outcome.end !== 'gone')) await backOff(failures);
      } catch (error) {
        if (stopSignal.aborted) break;
        const failure = toFailure(error);
        if (failure.kind === 'gone') resourceVersion = null;
        failures += 1;
        markUnhealthy(failure.message, failure.kind);
        await backOff(failures);
      }
    }
    status.phase = 'stopped';
  };

  run().catch((error: unknown) => logger.error('informer loop crashed', { ...log, error }));

  return {
    resource,
    cache,
    status: () => ({ ...status, objectCount: cache.size() }),
    stop: () => stopController.abort(),
  };
}
