// A call whose outcome is a value, not an exception: the shape mutations return to callers
// (route handlers map it to HTTP; the Audit-Id links the action to the API server's audit log).
import { describeNetworkError } from './describe-network-error';
import { KubeRequestError, failureFromResponse, type KubeFailure } from './kube-failure';
import { sendKubeRequest, type KubeRequestOptions } from './send-kube-request';

export type KubeCallResult<T> = { ok: true; value: T; status: number; auditId: string | null } | { ok: false; failure: KubeFailure; auditId: string | null };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

export async function callKube(options: KubeRequestOptions & { timeoutMs?: number }): Promise<KubeCallResult<unknown>> {
  const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  try {
    const response = await sendKubeRequest({ ...options, signal });
    const json = parseJson(await response.text());
    const auditId = response.headers['audit-id'] ?? null;
    if (response.status >= 200 && response.status < 300) return { ok: true, value: json, status: response.status, auditId };
    return { ok: false, failure: failureFromResponse({ status: response.status, body: json }), auditId };
  } catch (error) {
    return { ok: false, failure: error instanceof KubeRequestError ? error.failure : describeNetworkError(error), auditId: null };
  }
}
