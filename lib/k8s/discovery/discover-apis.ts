import type { KubeConfig } from '@kubernetes/client-node';
import { requestJson } from '../request/request-json';
import { CAPI_GROUP, type DiscoveredApis } from './discovered-apis';
import { parseCapiGroups, parseResourceList } from './parse-discovery';

const DISCOVERY_TIMEOUT_MS = 15_000;

/** Asks one management cluster which CAPI-family groups, versions and resources it serves. */
export async function discoverApis(options: { kubeConfig: KubeConfig; signal?: AbortSignal }): Promise<DiscoveredApis> {
  const signal = () => (options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(DISCOVERY_TIMEOUT_MS)]) : AbortSignal.timeout(DISCOVERY_TIMEOUT_MS));
  const { json } = await requestJson({ kubeConfig: options.kubeConfig, path: '/apis', signal: signal() });
  const groups = parseCapiGroups(json);
  const resourceLists = await Promise.all(
    groups.map(async (group) => {
      const response = await requestJson({ kubeConfig: options.kubeConfig, path: `/apis/${group.name}/${group.version}`, signal: signal() });
      return parseResourceList({ group: group.name, version: group.version, body: response.json });
    }),
  );
  const capi = groups.find((group) => group.name === CAPI_GROUP);
  return {
    capiVersion: capi?.version ?? null,
    capiServedVersions: capi?.servedVersions ?? [],
    groups,
    resources: resourceLists.flat(),
    discoveredAt: new Date().toISOString(),
  };
}
