import { type K8sObject } from '../informers/kube-object';
import { callKube } from '../request/call-kube';
import { toObjectResult } from './to-object-result';
import { resolveObjectTarget, type ObjectRef } from './object-target';
import type { KubeResult } from './server-side-apply';

/** Reads one object straight from the API server (not the cache): for read-before-write paths. */
export async function getObject(ref: ObjectRef & { timeoutMs?: number }): Promise<KubeResult<K8sObject>> {
  const target = await resolveObjectTarget(ref);
  if (!target.ok) return { ok: false, failure: target.failure, auditId: null };
  const result = await callKube({ kubeConfig: target.kubeConfig, path: target.path, timeoutMs: ref.timeoutMs });
  return toObjectResult(result);
}
