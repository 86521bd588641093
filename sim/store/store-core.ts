// The store's state and its single commit path: every change gets the next global resourceVersion,
// is frozen, indexed, recorded in the watch history and published to watchers.
import type { GroupResource, KubeObject } from '../core/kube-object';
import { deepFreeze } from './deep-freeze';
import { EventHistory, type StoredEvent } from './event-history';
import { ObjectIndex } from './object-index';
import { WatchHub } from './watch-hub';

export interface Located {
  gr: GroupResource;
  object: KubeObject;
}

export function grKey(gr: GroupResource): string {
  return `${gr.resource}.${gr.group}`;
}

export class StoreCore {
  resourceVersion = 0;
  readonly indexes = new Map<string, { gr: GroupResource; index: ObjectIndex }>();
  readonly history: EventHistory;
  readonly hub = new WatchHub();
  private readonly byUid = new Map<string, { key: string; namespace: string; name: string }>();
  private readonly dependents = new Map<string, Set<string>>();

  constructor(
    readonly now: () => Date,
    historySize: number,
  ) {
    this.history = new EventHistory(historySize);
  }

  index(gr: GroupResource): ObjectIndex {
    const key = grKey(gr);
    let entry = this.indexes.get(key);
    if (!entry) {
      entry = { gr: { group: gr.group, resource: gr.resource }, index: new ObjectIndex() };
      this.indexes.set(key, entry);
    }
    return entry.index;
  }

  timestamp(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  nextResourceVersion(): string {
    this.resourceVersion++;
    return String(this.resourceVersion);
  }

  lookupUid(uid: string): Located | undefined {
    const where = this.byUid.get(uid);
    if (!where) return undefined;
    const entry = this.indexes.get(where.key);
    const object = entry?.index.get(where.namespace, where.name);
    return entry && object ? { gr: entry.gr, object } : undefined;
  }

  dependentsOf(uid: string): Located[] {
    const out: Located[] = [];
    for (const dependentUid of this.dependents.get(uid) ?? []) {
      const located = this.lookupUid(dependentUid);
      if (located) out.push(located);
    }
    return out;
  }

  /** `object.metadata.resourceVersion` must already be the next resourceVersion. */
  commit(gr: GroupResource, type: StoredEvent['type'], object: KubeObject, previous?: KubeObject): KubeObject {
    const frozen = deepFreeze(object);
    const key = grKey(gr);
    const namespace = frozen.metadata.namespace ?? '';
    const index = this.index(gr);
    if (previous) this.unlinkOwners(previous);
    if (type === 'DELETED') {
      index.remove(namespace, frozen.metadata.name);
      this.byUid.delete(frozen.metadata.uid);
    } else {
      index.set(namespace, frozen.metadata.name, frozen);
      this.byUid.set(frozen.metadata.uid, { key, namespace, name: frozen.metadata.name });
      this.linkOwners(frozen);
    }
    const event: StoredEvent = { resourceVersion: Number(frozen.metadata.resourceVersion), grKey: key, type, object: frozen, previous };
    this.history.push(event);
    this.hub.publish(event);
    return frozen;
  }

  private linkOwners(object: KubeObject): void {
    for (const ref of object.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid);
      if (!set) {
        set = new Set();
        this.dependents.set(ref.uid, set);
      }
      set.add(object.metadata.uid);
    }
  }

  private unlinkOwners(object: KubeObject): void {
    for (const ref of object.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(ref.uid);
      set?.delete(object.metadata.uid);
      if (set?.size === 0) this.dependents.delete(ref.uid);
    }
  }
}
