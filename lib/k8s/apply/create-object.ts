// POST to the collection: a create that fails with 409 AlreadyExists when the object is there.
// With dryRun the API server runs admission (schema, webhooks) and persists nothing.
import { type K8sObject } from '../informers/kube-object';
import { callKube } from '../request/call-kube';
import { resolveObjectTarget } from './object-target';
import type { ManagementClusterRef } from './resolve-target';
import type { ApplyObject, KubeResult } from './server-side-apply';
import { toObjectResult } from './to-object-result';

export interface CreateObjectOptions {
  managementCluster: ManagementClusterRef;
  object: ApplyObject;
  fieldManager?: string;
  dryRun?: boolean;
  timeoutMs?: number;
}

export async function createObject(options: CreateObjectOptions): Promise<KubeResult<K8sObject>> {
  const { object } = options;
  const target = await resolveObjectTarget({ managementCluster: options.managementCluster, apiVersion: object.apiVersion, kind: object.kind, namespace: object.metadata.namespace });
  if (!target.ok) return { ok: false, failure: target.failure, auditId: null };
  const result = await callKube({
    kubeConfig: target.kubeConfig,
    method: 'POST',
    path: target.path,
    query: { fieldManager: options.fieldManager ?? 'quarterdeck', dryRun: options.dryRun ? 'All' : undefined },
    body: object,
    contentType: 'application/json',
    timeoutMs: options.timeoutMs,
  });
  return toObjectResult(result);
}
