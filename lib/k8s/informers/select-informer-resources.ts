import { isCapiFamilyGroup, splitApiVersion, type DiscoveredApis } from '../discovery/discovered-apis';
import type { InformerResource } from './informer-types';
import type { K8sObject } from './kube-object';

export const EVENT_RESOURCE: InformerResource = { group: '', version: 'v1', apiVersion: 'v1', plural: 'events', kind: 'Event', namespaced: true };

/** Events are kept only when they are about an object of a CAPI-family group. */
export function isCapiEvent(object: K8sObject): boolean {
  const involved = object.involvedObject as { apiVersion?: unknown } | undefined;
  return typeof involved?.apiVersion === 'string' && isCapiFamilyGroup(splitApiVersion(involved.apiVersion).group);
}

/**
 * Every listable, watchable kind of the CAPI-family groups a management cluster serves (core,
 * clusterctl and the installed infrastructure/bootstrap/control-plane providers), plus Events.
 * `kinds` narrows the set (tests, benchmarks).
 */
export function selectInformerResources(options: { discovered: DiscoveredApis; kinds?: readonly string[] }): InformerResource[] {
  const selected = options.discovered.resources
    .filter((resource) => isCapiFamilyGroup(resource.group) && resource.verbs.includes('list') && resource.verbs.includes('watch'))
    .map(({ group, version, apiVersion, plural, kind, namespaced }) => ({ group, version, apiVersion, plural, kind, namespaced }));
  const all = [...selected, EVENT_RESOURCE];
  return options.kinds ? all.filter((resource) => options.kinds?.includes(resource.kind)) : all;
}
