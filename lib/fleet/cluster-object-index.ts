import { normalizeObject } from '@/lib/capi/normalize/normalize-object';
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { clusterKeyOf } from './cluster-key-of';
import { StringInterner } from './string-interner';
import { StructureSharer } from './structure-sharer';

interface RawObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; uid: string; resourceVersion: string; labels?: unknown; ownerReferences?: unknown };
  spec?: unknown;
}

interface Entry {
  clusterKey: string;
  resourceVersion: string;
  normalized: NormalizedObject;
}

/**
 * The objects of one management cluster grouped by workload cluster (`namespace/name`), kept
 * normalized only (keyed by uid + resourceVersion, so a change re-normalizes one object). The raw
 * object is not retained: the informer cache holds it compactly and `FleetService.rawObjects`
 * reads it from there, so the fleet never keeps two parsed copies of the same data. At fleet scale
 * this index is most of the console's memory, hence no per-object key strings, shared strings and
 * shared sub-structures (labels, owner references, conditions, empty values; `structure-sharer.ts`).
 */
export class ClusterObjectIndex {
  /** Kind → uid → entry. Per kind: uids are unique in a real API server, not in hand-made fixtures. */
  private readonly byKind = new Map<string, Map<string, Entry>>();
  private readonly byCluster = new Map<string, Set<Entry>>();
  private readonly strings = new StringInterner();
  private readonly structures = new StructureSharer();

  /** Returns the cluster keys whose content changed. */
  upsert(object: RawObject): string[] {
    let entries = this.byKind.get(object.kind);
    if (!entries) this.byKind.set(object.kind, (entries = new Map<string, Entry>()));
    const previous = entries.get(object.metadata.uid);
    const clusterKey = clusterKeyOf(object);
    const touched: string[] = [];
    if (previous) {
      this.detach(previous);
      touched.push(previous.clusterKey);
      entries.delete(object.metadata.uid);
    }
    if (clusterKey === undefined) return touched;
    // Normalized now: the event's object is the last parsed copy this index will see.
    const normalized = previous && previous.resourceVersion === object.metadata.resourceVersion ? previous.normalized : this.normalize(object);
    const entry: Entry = { clusterKey: this.strings.intern(clusterKey), resourceVersion: object.metadata.resourceVersion, normalized };
    entries.set(this.strings.intern(object.metadata.uid), entry);
    let bucket = this.byCluster.get(entry.clusterKey);
    if (!bucket) this.byCluster.set(entry.clusterKey, (bucket = new Set<Entry>()));
    bucket.add(entry);
    if (!touched.includes(clusterKey)) touched.push(clusterKey);
    return touched;
  }

  remove(object: RawObject): string[] {
    const entries = this.byKind.get(object.kind);
    const entry = entries?.get(object.metadata.uid);
    if (!entries || !entry) return [];
    entries.delete(object.metadata.uid);
    this.detach(entry);
    return [entry.clusterKey];
  }

  /** Normalized objects of one workload cluster (Cluster first when present). */
  objectsOf(clusterKey: string): NormalizedObject[] {
    const bucket = this.byCluster.get(clusterKey);
    if (!bucket) return [];
    const result: NormalizedObject[] = [];
    for (const entry of bucket) result.push(entry.normalized);
    return result;
  }

  clusterKeys(): IterableIterator<string> {
    return this.byCluster.keys();
  }

  private detach(entry: Entry): void {
    const bucket = this.byCluster.get(entry.clusterKey);
    bucket?.delete(entry);
    if (bucket?.size === 0) this.byCluster.delete(entry.clusterKey);
  }

  private normalize(object: RawObject): NormalizedObject {
    const normalized = normalizeObject(object);
    this.strings.internDeep(normalized);
    this.structures.shareFields(normalized);
    return normalized;
  }
}
