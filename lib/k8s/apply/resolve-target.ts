// Turns (management cluster, apiVersion, kind) into a KubeConfig and a resource path. Plurals come
// from discovery of that group/version, cached per management cluster for a few minutes.
import type { KubeConfig } from '@kubernetes/client-node';
import { splitApiVersion, type DiscoveredResource } from '../discovery/discovered-apis';
import { parseResourceList } from '../discovery/parse-discovery';
import { findManagementCluster } from '../registry/get-registry';
import type { ManagementClusterEntry } from '../registry/management-cluster-entry';
import { callKube } from '../request/call-kube';
import type { KubeFailure } from '../request/kube-failure';

export type ManagementClusterRef = string | ManagementClusterEntry;

const TTL_MS = 5 * 60_000;
const cache = new WeakMap<KubeConfig, Map<string, { at: number; resources: DiscoveredResource[] }>>();

function failure(kind: KubeFailure['kind'], message: string): KubeFailure {
  return { kind, status: null, message, reason: null, causes: [] };
}

export function resolveKubeConfig(ref: ManagementClusterRef): { ok: true; kubeConfig: KubeConfig } | { ok: false; failure: KubeFailure } {
  const entry = typeof ref === 'string' ? findManagementCluster(ref) : ref;
  if (!entry) return { ok: false, failure: failure('not-found', `unknown management cluster "${typeof ref === 'string' ? ref : ref.name}"`) };
  if (!entry.kubeConfig) return { ok: false, failure: failure('forbidden', entry.refusal ?? `management cluster "${entry.name}" is refused`) };
  return { ok: true, kubeConfig: entry.kubeConfig };
}

export async function resolveResource(options: { kubeConfig: KubeConfig; apiVersion: string; kind: string }): Promise<{ ok: true; resource: DiscoveredResource } | { ok: false; failure: KubeFailure }> {
  const { group, version } = splitApiVersion(options.apiVersion);
  let perConfig = cache.get(options.kubeConfig);
  if (!perConfig) cache.set(options.kubeConfig, (perConfig = new Map<string, { at: number; resources: DiscoveredResource[] }>()));
  let cached = perConfig.get(options.apiVersion);
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const result = await callKube({ kubeConfig: options.kubeConfig, path: group === '' ? `/api/${version}` : `/apis/${group}/${version}`, timeoutMs: 15_000 });
    if (!result.ok) return { ok: false, failure: result.failure.kind === 'not-found' ? failure('not-found', `${options.apiVersion} is not served by this management cluster`) : result.failure };
    cached = { at: Date.now(), resources: parseResourceList({ group, version, body: result.value }) };
    perConfig.set(options.apiVersion, cached);
  }
  const resource = cached.resources.find((entry) => entry.kind === options.kind);
  if (!resource) return { ok: false, failure: failure('not-found', `${options.kind} is not served in ${options.apiVersion}`) };
  return { ok: true, resource };
}
