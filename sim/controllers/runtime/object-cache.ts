// An informer-style cache of the objects the controllers watch, indexed by cluster and by owner so
// that reconciling one cluster never scans the whole fleet (the scale scenario holds 100k Machines).
import type { KubeObject } from '../../core/kube-object';
import { LABEL_CLUSTER_NAME } from '../kinds';
import { rec, str } from './json';

export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}|${namespace ?? ''}|${name}`;
}

export function clusterNameOf(obj: KubeObject): string | undefined {
  if (obj.kind === 'Cluster') return obj.metadata.name;
  return obj.metadata.labels?.[LABEL_CLUSTER_NAME] ?? str(rec(obj.spec).clusterName);
}

function rv(obj: KubeObject): bigint {
  try {
    return BigInt(obj.metadata.resourceVersion || '0');
  } catch {
    return 0n;
  }
}

export class ObjectCache {
  private readonly objects = new Map<string, KubeObject>();
  private readonly byCluster = new Map<string, Set<string>>();
  private readonly byOwner = new Map<string, Set<string>>();
  private readonly byKind = new Map<string, Set<string>>();

  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(objectKey(kind, namespace, name));
  }

  /** Stores `obj` unless a newer version is already cached; returns the version it replaced. */
  upsert(obj: KubeObject): { previous: KubeObject | undefined; stored: boolean } {
    const key = objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name);
    const previous = this.objects.get(key);
    if (previous && previous.metadata.uid === obj.metadata.uid && rv(previous) > rv(obj)) return { previous, stored: false };
    if (previous) this.unindex(key, previous);
    this.objects.set(key, obj);
    this.index(key, obj);
    return { previous, stored: true };
  }

  remove(obj: KubeObject): void {
    const key = objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name);
    const previous = this.objects.get(key);
    if (!previous || previous.metadata.uid !== obj.metadata.uid) return;
    this.unindex(key, previous);
    this.objects.delete(key);
  }

  listByCluster(kind: string, namespace: string | undefined, cluster: string): KubeObject[] {
    return this.resolve(this.byCluster.get(`${kind}|${namespace ?? ''}|${cluster}`));
  }

  listOwnedBy(kind: string, ownerUid: string): KubeObject[] {
    return this.resolve(this.byOwner.get(`${kind}|${ownerUid}`));
  }

  listKind(kind: string): KubeObject[] {
    return this.resolve(this.byKind.get(kind));
  }

  private resolve(keys: Set<string> | undefined): KubeObject[] {
    if (!keys) return [];
    const out: KubeObject[] = [];
    for (const key of keys) {
      const obj = this.objects.get(key);
      if (obj) out.push(obj);
    }
    return out;
  }

  private indexKeys(obj: KubeObject): string[] {
    const keys = [`k:${obj.kind}`];
    const cluster = clusterNameOf(obj);
    if (cluster) keys.push(`c:${obj.kind}|${obj.metadata.namespace ?? ''}|${cluster}`);
    for (const ref of obj.metadata.ownerReferences ?? []) keys.push(`o:${obj.kind}|${ref.uid}`);
    return keys;
  }

  private index(key: string, obj: KubeObject): void {
    for (const k of this.indexKeys(obj)) {
      const map = this.mapFor(k);
      const id = k.slice(2);
      let set = map.get(id);
      if (!set) map.set(id, (set = new Set()));
      set.add(key);
    }
  }

  private unindex(key: string, obj: KubeObject): void {
    for (const k of this.indexKeys(obj)) {
      const map = this.mapFor(k);
      const id = k.slice(2);
      const set = map.get(id);
      set?.delete(key);
      if (set?.size === 0) map.delete(id);
    }
  }

  private mapFor(k: string): Map<string, Set<string>> {
    if (k.startsWith('c:')) return this.byCluster;
    if (k.startsWith('o:')) return this.byOwner;
    return this.byKind;
  }
}
