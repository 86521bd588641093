import { normalizeObject } from '@/lib/capi/normalize/normalize-object';
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { clusterKeyOf } from './cluster-key-of';

interface RawObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; uid: string; resourceVersion: string; labels?: unknown; ownerReferences?: unknown };
  spec?: unknown;
}

// Kind + uid: uids are unique in a real API server, the kind guards against hand-made fixtures.
const entryKey = (object: RawObject) => `${object.kind}|${object.metadata.uid}`;

interface Entry {
  raw: RawObject;
  clusterKey: string;
  normalized?: NormalizedObject;
}

/**
 * The objects of one management cluster grouped by workload cluster (`namespace/name`), with a
 * normalization cache keyed by uid + resourceVersion so a change re-normalizes one object only.
 */
export class ClusterObjectIndex {
  private readonly byUid = new Map<string, Entry>();
  private readonly byCluster = new Map<string, Map<string, Entry>>();

  /** Returns the cluster keys whose content changed. */
  upsert(object: RawObject): string[] {
    const uid = entryKey(object);
    const previous = this.byUid.get(uid);
    const clusterKey = clusterKeyOf(object);
    const touched: string[] = [];
    if (previous) {
      this.byCluster.get(previous.clusterKey)?.delete(uid);
      touched.push(previous.clusterKey);
      this.byUid.delete(uid);
    }
    if (clusterKey === undefined) return touched;
    const entry: Entry = { raw: object, clusterKey };
    if (previous && previous.raw.metadata.resourceVersion === object.metadata.resourceVersion) entry.normalized = previous.normalized;
    this.byUid.set(uid, entry);
    let bucket = this.byCluster.get(clusterKey);
    if (!bucket) this.byCluster.set(clusterKey, (bucket = new Map<string, Entry>()));
    bucket.set(uid, entry);
    if (!touched.includes(clusterKey)) touched.push(clusterKey);
    return touched;
  }

  remove(object: RawObject): string[] {
    const uid = entryKey(object);
    const entry = this.byUid.get(uid);
    if (!entry) return [];
    this.byUid.delete(uid);
    const bucket = this.byCluster.get(entry.clusterKey);
    bucket?.delete(uid);
    if (bucket?.size === 0) this.byCluster.delete(entry.clusterKey);
    return [entry.clusterKey];
  }

  /** Normalized objects of one workload cluster (Cluster first when present). */
  objectsOf(clusterKey: string): NormalizedObject[] {
    const bucket = this.byCluster.get(clusterKey);
    if (!bucket) return [];
    const result: NormalizedObject[] = [];
    for (const entry of bucket.values()) {
      entry.normalized ??= normalizeObject(entry.raw);
      result.push(entry.normalized);
    }
    return result;
  }

  rawObjectsOf(clusterKey: string): RawObject[] {
    return [...(this.byCluster.get(clusterKey)?.values() ?? [])].map((entry) => entry.raw);
  }

  clusterKeys(): IterableIterator<string> {
    return this.byCluster.keys();
  }
}
