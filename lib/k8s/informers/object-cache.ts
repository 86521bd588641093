// The in-memory store behind one informer (management cluster × kind). Readers get plain arrays
// and objects; writers are the informer loop only. Objects are stored through a codec: compact
// (deflated JSON, decoded on read) by default, since the caches are most of the console's memory.
import type { CacheEvent, CacheListener } from './cache-event';
import { createCompactCodec, createParsedCodec, type ObjectCodec } from './compact-object';
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
  /**
   * `compact` (default) decodes on every read: each `list()`/`get()` returns fresh objects. `parsed`
   * keeps the objects as given, for small caches read whole on every request (Events).
   */
  storage?: 'compact' | 'parsed';
}

export function createObjectCache(options: ObjectCacheOptions = {}): ObjectCache {
  return options.storage === 'parsed' ? createCodecCache(createParsedCodec(), options) : createCodecCache(createCompactCodec(), options);
}

function createCodecCache<Stored>(codec: ObjectCodec<Stored>, options: ObjectCacheOptions): ObjectCache {
  let objects = new Map<string, Stored>();
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
    for (const [key, stored] of objects) {
      if (objects.size <= options.maxObjects) break;
      objects.delete(key);
      emit({ type: 'deleted', object: codec.decode(stored) });
    }
  };

  return {
    list: () => Array.from(objects.values(), (stored) => codec.decode(stored)),
    get: (namespace, name) => {
      const stored = objects.get(objectKey({ namespace, name }));
      return stored === undefined ? undefined : codec.decode(stored);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    size: () => objects.size,
    upsert: (object) => {
      const key = keyOf(object);
      const stored = objects.get(key);
      const previous = stored === undefined ? undefined : codec.meta(stored);
      if (previous && previous.resourceVersion === object.metadata.resourceVersion && previous.uid === object.metadata.uid) return;
      objects.delete(key);
      objects.set(key, codec.encode(object));
      if (stored === undefined) emit({ type: 'added', object });
      else if (previous?.uid === object.metadata.uid) emit({ type: 'updated', object, previous: codec.decode(stored) });
      else {
        emit({ type: 'deleted', object: codec.decode(stored) });
        emit({ type: 'added', object });
      }
      evictOverflow();
    },
    remove: (object) => {
      const key = keyOf(object);
      const stored = objects.get(key);
      if (stored === undefined) return;
      objects.delete(key);
      emit({ type: 'deleted', object: codec.decode(stored) });
    },
    replaceAll: (next) => {
      const nextMap = new Map<string, Stored>();
      const events: CacheEvent[] = [];
      const incoming = new Map(next.map((object) => [keyOf(object), object]));
      // A name recreated with a new uid is a delete followed by an add, as a watch reports it.
      for (const [key, stored] of objects) {
        const candidate = incoming.get(key);
        if (!candidate || candidate.metadata.uid !== codec.meta(stored).uid) events.push({ type: 'deleted', object: codec.decode(stored) });
      }
      for (const [key, object] of incoming) {
        const stored = objects.get(key);
        const previous = stored === undefined ? undefined : codec.meta(stored);
        // An unchanged object keeps its stored form: no re-encoding on a relist.
        nextMap.set(key, stored !== undefined && previous?.uid === object.metadata.uid && previous.resourceVersion === object.metadata.resourceVersion ? stored : codec.encode(object));
        if (stored === undefined || previous?.uid !== object.metadata.uid) events.push({ type: 'added', object });
        else if (previous.resourceVersion !== object.metadata.resourceVersion) events.push({ type: 'updated', object, previous: codec.decode(stored) });
      }
      objects = nextMap;
      for (const event of events) emit(event);
      evictOverflow();
    },
  };
}
