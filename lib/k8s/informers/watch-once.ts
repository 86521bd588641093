// One watch from a resourceVersion, guarded by the staleness watchdog. Applies events to the
// cache and reports how the watch ended so the loop can decide: resume, relist or back off.
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeRequestError, failureFromResponse, statusSchema } from '../request/kube-failure';
import type { K8sObject } from './kube-object';
import { isK8sObject } from './kube-object';
import type { ObjectCache } from './object-cache';
import { watchStream } from './watch-stream';

export type WatchEnd = 'closed' | 'gone' | 'watchdog';

export interface WatchOnceOptions {
  kubeConfig: KubeConfig;
  path: string;
  resourceVersion: string;
  timeoutSeconds: number;
  staleAfterMs: number;
  signal: AbortSignal;
  cache: ObjectCache;
  /** Strips and filters an object; null means "not ours" (it is removed from the cache). */
  transform: (object: K8sObject) => K8sObject | null;
  onActivity: () => void;
  onOpen: () => void;
}

export interface WatchOutcome {
  end: WatchEnd;
  resourceVersion: string;
  /** Delivered at least one object event or bookmark. */
  delivered: boolean;
}

class GoneSignal extends Error {}

function readResourceVersion(object: unknown): string | null {
  const metadata = (object as { metadata?: { resourceVersion?: unknown } } | null)?.metadata;
  return typeof metadata?.resourceVersion === 'string' && metadata.resourceVersion !== '' ? metadata.resourceVersion : null;
}

function statusError(object: unknown): Error {
  const status = statusSchema.safeParse(object);
  const code = status.success ? (status.data.code ?? 500) : 500;
  if (code === 410) return new GoneSignal('resourceVersion expired');
  return new KubeRequestError(failureFromResponse({ status: code, body: object }));
}

export async function watchOnce(options: WatchOnceOptions): Promise<WatchOutcome> {
  const watchdog = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const armWatchdog = () => {
    clearTimeout(timer);
    timer = setTimeout(() => watchdog.abort(), options.staleAfterMs);
  };
  let resourceVersion = options.resourceVersion;
  let delivered = false;
  armWatchdog();
  try {
    await watchStream({
      kubeConfig: options.kubeConfig,
      path: options.path,
      resourceVersion,
      timeoutSeconds: options.timeoutSeconds,
      signal: AbortSignal.any([options.signal, watchdog.signal]),
      onOpen: options.onOpen,
      onEvent: (event) => {
        armWatchdog();
        if (event.type === 'ERROR') throw statusError(event.object);
        // A BOOKMARK carries only metadata.resourceVersion, not a full object.
        if (event.type === 'BOOKMARK') {
          const bookmarkVersion = readResourceVersion(event.object);
          if (bookmarkVersion) resourceVersion = bookmarkVersion;
          delivered = true;
          options.onActivity();
          return;
        }
        if (!isK8sObject(event.object)) return;
        resourceVersion = event.object.metadata.resourceVersion;
        delivered = true;
        options.onActivity();
        const kept = event.type === 'DELETED' ? null : options.transform(event.object);
        if (kept) options.cache.upsert(kept);
        else options.cache.remove(event.object);
      },
    });
    return { end: 'closed', resourceVersion, delivered };
  } catch (error) {
    if (error instanceof GoneSignal) return { end: 'gone', resourceVersion, delivered };
    if (error instanceof KubeRequestError && error.failure.kind === 'gone') return { end: 'gone', resourceVersion, delivered };
    if (watchdog.signal.aborted && !options.signal.aborted) return { end: 'watchdog', resourceVersion, delivered };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
