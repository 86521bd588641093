// POST to the collection: a create that fails with 409 AlreadyExists when the object is there.
// With dryRun the API server runs admission (schema, webhooks) and persists nothing.
import { isK8sObject, type K8sObject } from '../informers/kube-object';
import { callKube } from '../request/call-kube';
import { resourcePath } from '../request/resource-path';
import { resolveKubeConfig, resolveResource } from './resolve-target';
import type { ApplyObject, KubeResult } from './server-side-apply';
import type { ManagementClusterRef } from './resolve-target';

export interface CreateObjectOptions {
  managementCluster: ManagementClusterRef;
  object: ApplyObject;
  fieldManager?: string;
  dryRun?: boolean;
  timeoutMs?: number;
}

export async function createObject(options: CreateObjectOptions): Promise<KubeResult<K8sObject>> {
  const { object } = options;
  const config = resolveKubeConfig(options.managementCluster);
  if (!config.ok) return { ok: false, failure: config.failure, auditId: null };
  const resolved = await resolveResource({ kubeConfig: config.kubeConfig, apiVersion: object.apiVersion, kind: object.kind });
  if (!resolved.ok) return { ok: false, failure: resolved.failure, auditId: null };
  const { resource } = resolved;
  const path = resourcePath({ group: resource.group, version: resource.version, plural: resource.plural, namespace: resource.namespaced ? object.metadata.namespace : undefined });
  const result = await callKube({
    kubeConfig: config.kubeConfig,
    method: 'POST',
    path,
    query: { fieldManager: options.fieldManager ?? 'quarterdeck', dryRun: options.dryRun ? 'All' : undefined },
    body: object,
    contentType: 'application/json',
    timeoutMs: options.timeoutMs,
  });
  if (!result.ok) return result;
  if (!isK8sObject(result.value)) return { ok: false, failure: { kind: 'server-error', status: result.status, message: 'the API server answered without an object', reason: null, causes: [] }, auditId: result.auditId };
  return { ok: true, value: result.value, auditId: result.auditId };
}
