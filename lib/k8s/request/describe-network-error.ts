// Turns a thrown client/network error into safe text. Only error *codes* are inspected;
// the original message is never copied (it may embed request options).
import type { KubeFailure } from './kube-failure';

const CODE_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for response headers',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the response',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: self-signed certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS: self-signed certificate in chain not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS: certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS: certificate does not match the server name',
  CERT_HAS_EXPIRED: 'TLS: certificate has expired',
};

function collectCodes(error: unknown, depth = 0): { codes: string[]; names: string[] } {
  if (depth > 4 || typeof error !== 'object' || error === null) return { codes: [], names: [] };
  const record = error as { code?: unknown; name?: unknown; cause?: unknown };
  const inner = collectCodes(record.cause, depth + 1);
  return {
    codes: [...(typeof record.code === 'string' ? [record.code] : []), ...inner.codes],
    names: [...(typeof record.name === 'string' ? [record.name] : []), ...inner.names],
  };
}

export function describeNetworkError(error: unknown): KubeFailure {
  const { codes, names } = collectCodes(error);
  const timedOut = names.includes('TimeoutError') || codes.some((code) => code.includes('TIMEOUT'));
  const known = codes.map((code) => CODE_MESSAGES[code]).find((message) => message !== undefined);
  const aborted = names.includes('AbortError');
  const message = known ?? (timedOut ? 'request timed out' : aborted ? 'request aborted' : 'the API server could not be reached');
  return { kind: timedOut ? 'timeout' : 'unreachable', status: null, message, reason: null, causes: [] };
}
