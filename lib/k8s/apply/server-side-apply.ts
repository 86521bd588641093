// Server-side apply (PATCH with application/apply-patch+yaml; JSON is valid YAML). The API server
// owns merging and conflict detection; Quarterdeck only names itself as field manager.
import { type K8sObject } from '../informers/kube-object';
import { callKube } from '../request/call-kube';
import type { KubeFailure } from '../request/kube-failure';
import { toObjectResult } from './to-object-result';
import { resolveObjectTarget } from './object-target';
import type { ManagementClusterRef } from './resolve-target';

export interface ApplyObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [field: string]: unknown };
  [field: string]: unknown;
}

export interface ServerSideApplyOptions {
  managementCluster: ManagementClusterRef;
  object: ApplyObject;
  fieldManager?: string;
  /** Take ownership of fields other managers own (otherwise such changes are a 409 conflict). */
  force?: boolean;
  /** Validate and compute the result without persisting (dryRun=All). */
  dryRun?: boolean;
  timeoutMs?: number;
}

export type KubeResult<T> = { ok: true; value: T; auditId: string | null } | { ok: false; failure: KubeFailure; auditId: string | null };

export async function serverSideApply(options: ServerSideApplyOptions): Promise<KubeResult<K8sObject>> {
  const { object } = options;
  const target = await resolveObjectTarget({ managementCluster: options.managementCluster, apiVersion: object.apiVersion, kind: object.kind, namespace: object.metadata.namespace, name: object.metadata.name });
  if (!target.ok) return { ok: false, failure: target.failure, auditId: null };
  const result = await callKube({
    kubeConfig: target.kubeConfig,
    method: 'PATCH',
    path: target.path,
    query: { fieldManager: options.fieldManager ?? 'quarterdeck', force: options.force ? true : undefined, dryRun: options.dryRun ? 'All' : undefined },
    body: object,
    contentType: 'application/apply-patch+yaml',
    timeoutMs: options.timeoutMs,
  });
  return toObjectResult(result);
}
