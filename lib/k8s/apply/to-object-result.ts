import { isK8sObject, type K8sObject } from '../informers/kube-object';
import type { KubeCallResult } from '../request/call-kube';
import type { KubeResult } from './server-side-apply';

/** A call's answer as an object result: a 2xx without an object is a server error, not a success. */
export function toObjectResult(result: KubeCallResult<unknown>): KubeResult<K8sObject> {
  if (!result.ok) return result;
  if (!isK8sObject(result.value)) return { ok: false, failure: { kind: 'server-error', status: result.status, message: 'the API server answered without an object', reason: null, causes: [] }, auditId: result.auditId };
  return { ok: true, value: result.value, auditId: result.auditId };
}
