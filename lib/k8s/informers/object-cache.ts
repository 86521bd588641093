// The in-memory store behind one informer (management cluster × kind). Readers get plain arrays
// and objects; writers are the informer loop only.
import type { CacheEvent, CacheListener } from './cache-event';
import { diffObjects } from './diff-objects';
import { keyOf, objectKey, type K8sObject } from './kube-object';
import { logger } from '@/lib/observability/logger';

export interface ObjectCacheReader {
  list(): K8sObject[];
  get(namespace: string | undefined, name: string): K8sObject | undefined;
  /** Called synchronously for each change; returns the unsubscribe function. */
  subscribe(listener: CacheListener): () => void;
  /** Increases on every change: a cheap "did anything change since" check for snapshots. */
  version(): number;
  size(): number;
}

export interface ObjectCache extends ObjectCacheReader {
  /** Applies one watch event. */
  upsert(object: K8sObject): void;
  remove(object: K8sObject): void;
  /** Replaces the whole content at once (after a list) and emits the difference. */
  replaceAll(objects: K8sObject[]): void;
}

export interface ObjectCacheOptions {
  /** Bound for kinds that grow without limit (Events): the oldest entries are dropped first. */
  maxObjects?: number;
}

export function createObjectCache(options: ObjectCacheOptions = {}): ObjectCache {
  let objects = new Map<string, K8sObject>();
  let version = 0;
  const listeners = new Set<CacheListener>();

  const emit = (event: CacheEvent) => {
    version += 1;
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        logger.error('cache listener failed', { error });
      }
    }
  };

  const evictOverflow = () => {
    if (options.maxObjects === undefined) return;
    // Map iteration order is insertion order, and upsert re-inserts, so the first key is the oldest.
    for (const [key, object] of objects) {
      if (objects.size <= options.maxObjects) break;
      objects.delete(key);
      emit({ type: 'deleted', object });
    }
  };

  return {
    list: () => Array.from(objects.values()),
    get: (namespace, name) => objects.get(objectKey({ namespace, name })),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    size: () => objects.size,
    upsert: (object) => {
      const key = keyOf(object);
      const previous = objects.get(key);
      if (previous && previous.metadata.resourceVersion === object.metadata.resourceVersion && previous.metadata.uid === object.metadata.uid) return;
      objects.delete(key);
      objects.set(key, object);
      if (previous && previous.metadata.uid !== object.metadata.uid) emit({ type: 'deleted', object: previous });
      emit(previous && previous.metadata.uid === object.metadata.uid ? { type: 'updated', object, previous } : { type: 'added', object });
      evictOverflow();
    },
    remove: (object) => {
      const key = keyOf(object);
      const previous = objects.get(key);
      if (!previous) return;
      objects.delete(key);
      emit({ type: 'deleted', object: previous });
    },
    replaceAll: (next) => {
      const nextMap = new Map(next.map((object) => [keyOf(object), object]));
      const events = diffObjects({ previous: objects, next: nextMap });
      objects = nextMap;
      for (const event of events) emit(event);
      evictOverflow();
    },
  };
}
