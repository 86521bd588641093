// Lookups over the served resource types (by group+plural, group+kind, short name).
import type { GroupResource, KubeObject } from '../core/kube-object';
import type { ResourceType } from '../core/resource-type';

export type CapiApi = 'v1beta2' | 'v1beta1-only';

export class ResourceCatalog {
  private readonly byPlural = new Map<string, ResourceType>();
  private readonly byKind = new Map<string, ResourceType>();

  constructor(
    readonly types: readonly ResourceType[],
    /** the CustomResourceDefinition objects as served (no uid/resourceVersion yet) */
    readonly crdObjects: readonly KubeObject[],
    readonly capiApi: CapiApi,
  ) {
    for (const type of types) {
      if (!this.byPlural.has(`${type.group}/${type.resource}`)) this.byPlural.set(`${type.group}/${type.resource}`, type);
      if (!this.byKind.has(`${type.group}/${type.kind}`)) this.byKind.set(`${type.group}/${type.kind}`, type);
    }
  }

  byGroupPlural(group: string, plural: string): ResourceType | undefined {
    return this.byPlural.get(`${group}/${plural}`);
  }

  byGroupKind(group: string, kind: string): ResourceType | undefined {
    return this.byKind.get(`${group}/${kind}`);
  }

  byShortName(shortName: string): ResourceType[] {
    return this.types.filter((t) => t.shortNames.includes(shortName));
  }

  /** Where objects of this type are stored: events.k8s.io events live with core/v1 events. */
  storageResource(type: ResourceType): GroupResource {
    if (type.group === 'events.k8s.io' && type.resource === 'events') return { group: '', resource: 'events' };
    return { group: type.group, resource: type.resource };
  }

  /** Served groups with their served versions, preferred (storage, else first served) first. */
  groups(): { group: string; versions: string[] }[] {
    const out = new Map<string, string[]>();
    for (const type of this.types) {
      const versions = out.get(type.group) ?? [];
      const served = type.versions.filter((v) => v.served);
      const ordered = [...served].sort((a, b) => Number(b.name === preferredVersion(type)) - Number(a.name === preferredVersion(type)));
      for (const v of ordered) if (!versions.includes(v.name)) versions.push(v.name);
      out.set(type.group, versions);
    }
    return [...out.entries()].filter(([, v]) => v.length > 0).map(([group, versions]) => ({ group, versions }));
  }

  typesServedIn(group: string, version: string): ResourceType[] {
    return this.types.filter((t) => t.group === group && t.versions.some((v) => v.name === version && v.served));
  }
}

export function preferredVersion(type: ResourceType): string {
  const served = type.versions.filter((v) => v.served);
  return (served.find((v) => v.name === type.storageVersion) ?? served[0])?.name ?? type.storageVersion;
}
