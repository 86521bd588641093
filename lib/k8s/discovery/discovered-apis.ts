export interface DiscoveredResource {
  /** '' for the core group. */
  group: string;
  version: string;
  /** `group/version`, or `v1` for the core group. */
  apiVersion: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
}

export interface DiscoveredGroup {
  name: string;
  /** The version Quarterdeck reads (preferred, with v1beta2 first for CAPI). */
  version: string;
  servedVersions: string[];
}

export interface DiscoveredApis {
  /** Served version of cluster.x-k8s.io that Quarterdeck uses; null when CAPI is not installed. */
  capiVersion: string | null;
  capiServedVersions: string[];
  /** cluster.x-k8s.io and every group ending in .cluster.x-k8s.io. */
  groups: DiscoveredGroup[];
  resources: DiscoveredResource[];
  discoveredAt: string;
}

export const CAPI_GROUP = 'cluster.x-k8s.io';
export const CLUSTERCTL_GROUP = 'clusterctl.cluster.x-k8s.io';

export function isCapiFamilyGroup(group: string): boolean {
  return group === CAPI_GROUP || group.endsWith(`.${CAPI_GROUP}`);
}

export function apiVersionOf(options: { group: string; version: string }): string {
  return options.group === '' ? options.version : `${options.group}/${options.version}`;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
