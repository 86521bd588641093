// The in-memory ObjectStore behind every simulated management cluster.
// Reads return frozen objects (no copies); writers must pass new objects (structuredClone to edit).
import { ApiError } from '../core/api-error';
import type { GroupResource, KubeObject } from '../core/kube-object';
import type { DeleteOptions, ListOptions, ObjectStore, WatchEvent, WriteOptions } from '../core/object-store';
import { deleteObject } from './delete-object';
import { compileFieldSelector, exactNameFromFieldSelector } from './field-selector';
import { compileLabelSelector } from './label-selector';
import { grKey, StoreCore } from './store-core';
import { translateForSubscriber, type Subscriber } from './watch-hub';
import { createObject, updateObject, updateObjectStatus } from './write-object';

export interface MemoryStoreOptions {
  now: () => Date;
  /** how many recent changes a watch can resume from before getting 410 Gone */
  historySize?: number;
}

export interface MemoryStore extends ObjectStore {
  /** number of stored objects of one type (all namespaces) */
  count(gr: GroupResource): number;
  /** the oldest resourceVersion a watch can still resume from */
  oldestResourceVersion(): string;
}

export function createMemoryStore(options: MemoryStoreOptions): MemoryStore {
  const core = new StoreCore(options.now, options.historySize ?? 10_000);

  const matcher = (gr: GroupResource, list: ListOptions) => {
    const labels = compileLabelSelector(list.labelSelector);
    const fields = compileFieldSelector(list.fieldSelector, { events: gr.group === '' && gr.resource === 'events' });
    return (object: KubeObject) => labels(object.metadata.labels) && fields(object);
  };

  return {
    currentResourceVersion: () => String(core.resourceVersion),
    oldestResourceVersion: () => String(core.history.oldestAvailable()),
    count: (gr) => core.index(gr).size,
    get: (gr, namespace, name) => core.index(gr).get(namespace ?? '', name),
    list(gr, list: ListOptions = {}) {
      const matches = matcher(gr, list);
      const index = core.index(gr);
      const exactName = exactNameFromFieldSelector(list.fieldSelector);
      let candidates: KubeObject[];
      if (exactName !== undefined && list.namespace !== undefined) {
        const one = index.get(list.namespace, exactName);
        candidates = one ? [one] : [];
      } else {
        candidates = index.list(list.namespace);
      }
      const items = list.labelSelector || list.fieldSelector ? candidates.filter(matches) : candidates;
      return { items, resourceVersion: String(core.resourceVersion) };
    },
    create: (gr, object, write?: WriteOptions) => createObject(core, gr, object, write),
    update: (gr, object, write?: WriteOptions) => updateObject(core, gr, object, write),
    updateStatus: (gr, object, write?: WriteOptions) => updateObjectStatus(core, gr, object, write),
    delete(gr, namespace, name, del?: DeleteOptions) {
      const live = core.index(gr).get(namespace ?? '', name);
      if (!live) throw ApiError.notFound(gr, name);
      return deleteObject(core, gr, live, del);
    },
    watch(gr, watchOptions, onEvent: (event: WatchEvent) => void) {
      const key = grKey(gr);
      const from = watchOptions.resourceVersion;
      const replayFrom = from && from !== '0' ? Number(from) : undefined;
      if (replayFrom !== undefined && !Number.isInteger(replayFrom)) throw ApiError.badRequest(`invalid resource version: ${from}`);
      const subscriber: Subscriber = { namespace: watchOptions.namespace, matches: matcher(gr, watchOptions), onEvent, after: Math.max(core.resourceVersion, replayFrom ?? 0) };
      if (replayFrom !== undefined) {
        for (const stored of core.history.since(replayFrom, key)) {
          const event = translateForSubscriber({ ...subscriber, after: replayFrom }, stored);
          if (event) onEvent(event);
        }
      }
      return core.hub.subscribe(key, subscriber);
    },
  };
}
