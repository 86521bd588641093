import { resourcePath } from '../request/resource-path';
import type { KubeFailure } from '../request/kube-failure';
import type { KubeConfig } from '@kubernetes/client-node';
import { resolveKubeConfig, resolveResource, type ManagementClusterRef } from './resolve-target';

export interface ObjectRef {
  managementCluster: ManagementClusterRef;
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** An object, or without a name its collection (where a create POSTs). */
export type TargetRef = Omit<ObjectRef, 'name'> & { name?: string };

/** The KubeConfig and the object's URL path, or the failure explaining why there is none. */
export async function resolveObjectTarget(ref: TargetRef): Promise<{ ok: true; kubeConfig: KubeConfig; path: string } | { ok: false; failure: KubeFailure }> {
  const config = resolveKubeConfig(ref.managementCluster);
  if (!config.ok) return config;
  const resolved = await resolveResource({ kubeConfig: config.kubeConfig, apiVersion: ref.apiVersion, kind: ref.kind });
  if (!resolved.ok) return resolved;
  const { resource } = resolved;
  if (resource.namespaced && !ref.namespace) return { ok: false, failure: { kind: 'bad-request', status: null, message: `${ref.kind} is namespaced: a namespace is required`, reason: null, causes: [] } };
  const path = resourcePath({ group: resource.group, version: resource.version, plural: resource.plural, namespace: resource.namespaced ? ref.namespace : undefined, name: ref.name });
  return { ok: true, kubeConfig: config.kubeConfig, path };
}
