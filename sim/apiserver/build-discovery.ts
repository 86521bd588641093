// Legacy discovery documents (/api, /apis, /apis/{group}, /apis/{group}/{version}, /api/v1).
import type { ResourceType } from '../core/resource-type';
import type { ResourceCatalog } from '../crds/resource-catalog';

const READ_ONLY = ['get', 'list', 'watch'];
const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export function apiVersions(address: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: address }] };
}

export function apiGroupList(catalog: ResourceCatalog): Record<string, unknown> {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: catalog.groups().filter((g) => g.group !== '').map((g) => apiGroupOf(g.group, g.versions)) };
}

export function apiGroup(catalog: ResourceCatalog, group: string): Record<string, unknown> | undefined {
  const entry = catalog.groups().find((g) => g.group === group);
  return entry ? { kind: 'APIGroup', apiVersion: 'v1', ...apiGroupOf(group, entry.versions) } : undefined;
}

function apiGroupOf(group: string, versions: string[]): Record<string, unknown> {
  const list = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { name: group, versions: list, preferredVersion: list[0] };
}

export function apiResourceList(catalog: ResourceCatalog, group: string, version: string): Record<string, unknown> | undefined {
  const types = catalog.typesServedIn(group, version);
  if (types.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: types.flatMap((type) => resourceEntries(type, version)),
  };
}

function resourceEntries(type: ResourceType, version: string): Record<string, unknown>[] {
  const info = type.versions.find((v) => v.name === version);
  const readOnly = type.group === 'apiextensions.k8s.io';
  const verbs = readOnly ? READ_ONLY : type.resource === 'namespaces' ? ALL_VERBS.filter((v) => v !== 'deletecollection') : ALL_VERBS;
  const main: Record<string, unknown> = { name: type.resource, singularName: type.singular, namespaced: type.namespaced, kind: type.kind, verbs };
  if (type.shortNames.length > 0) main.shortNames = type.shortNames;
  if (type.categories.length > 0) main.categories = type.categories;
  const entries = [main];
  if (info?.subresources.status && !readOnly) {
    entries.push({ name: `${type.resource}/status`, singularName: '', namespaced: type.namespaced, kind: type.kind, verbs: ['get', 'patch', 'update'] });
  }
  if (info?.subresources.scale) {
    entries.push({ name: `${type.resource}/scale`, singularName: '', namespaced: type.namespaced, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] });
  }
  return entries;
}
