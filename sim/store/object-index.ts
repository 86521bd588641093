// Objects of one resource type, by namespace then name ('' is the namespace of cluster-scoped objects).
// Sorted name lists are cached per namespace so lists come out in etcd key order without re-sorting.
import type { KubeObject } from '../core/kube-object';

export class ObjectIndex {
  private readonly byNamespace = new Map<string, Map<string, KubeObject>>();
  private readonly sortedNames = new Map<string, string[]>();
  private sortedNamespaces: string[] | undefined;
  private total = 0;

  get size(): number {
    return this.total;
  }

  get(namespace: string, name: string): KubeObject | undefined {
    return this.byNamespace.get(namespace)?.get(name);
  }

  set(namespace: string, name: string, object: KubeObject): void {
    let names = this.byNamespace.get(namespace);
    if (!names) {
      names = new Map();
      this.byNamespace.set(namespace, names);
      this.sortedNamespaces = undefined;
    }
    if (!names.has(name)) {
      this.total++;
      this.sortedNames.delete(namespace);
    }
    names.set(name, object);
  }

  remove(namespace: string, name: string): void {
    const names = this.byNamespace.get(namespace);
    if (!names?.delete(name)) return;
    this.total--;
    this.sortedNames.delete(namespace);
    if (names.size === 0) {
      this.byNamespace.delete(namespace);
      this.sortedNamespaces = undefined;
    }
  }

  countIn(namespace: string): number {
    return this.byNamespace.get(namespace)?.size ?? 0;
  }

  /** Objects in key order (namespace, then name); all namespaces when `namespace` is undefined. */
  list(namespace: string | undefined): KubeObject[] {
    const namespaces = namespace === undefined ? this.namespaces() : [namespace];
    const out: KubeObject[] = [];
    for (const ns of namespaces) {
      const names = this.byNamespace.get(ns);
      if (!names) continue;
      for (const name of this.names(ns, names)) {
        const object = names.get(name);
        if (object) out.push(object);
      }
    }
    return out;
  }

  private namespaces(): string[] {
    this.sortedNamespaces ??= [...this.byNamespace.keys()].sort(compareStrings);
    return this.sortedNamespaces;
  }

  private names(namespace: string, names: Map<string, KubeObject>): string[] {
    let sorted = this.sortedNames.get(namespace);
    if (!sorted) {
      sorted = [...names.keys()].sort(compareStrings);
      this.sortedNames.set(namespace, sorted);
    }
    return sorted;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
