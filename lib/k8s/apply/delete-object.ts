import { callKube } from '../request/call-kube';
import { resolveObjectTarget, type ObjectRef } from './object-target';
import type { KubeResult } from './server-side-apply';

export interface DeleteObjectOptions extends ObjectRef {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  /** Refuse to delete if the object changed (409) or was replaced (uid). */
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
  timeoutMs?: number;
}

/** Deletes one object. The value is the API server's answer: the object (finalizers pending) or a Status. */
export async function deleteObject(options: DeleteObjectOptions): Promise<KubeResult<unknown>> {
  const target = await resolveObjectTarget(options);
  if (!target.ok) return { ok: false, failure: target.failure, auditId: null };
  const result = await callKube({
    kubeConfig: target.kubeConfig,
    method: 'DELETE',
    path: target.path,
    query: { dryRun: options.dryRun ? 'All' : undefined },
    body: { apiVersion: 'v1', kind: 'DeleteOptions', ...(options.propagationPolicy ? { propagationPolicy: options.propagationPolicy } : {}), ...(options.preconditions ? { preconditions: options.preconditions } : {}) },
    timeoutMs: options.timeoutMs,
  });
  if (!result.ok) return result;
  return { ok: true, value: result.value, auditId: result.auditId };
}
