import { describe, expect, it } from 'vitest';
import { describeNetworkError } from './describe-network-error';

const SECRET = 'Bearer eyJhbGciOi-secret';

function fetchFailure(cause: Record<string, unknown>): Error {
  const error = new TypeError(`fetch failed (authorization: ${SECRET})`);
  Object.assign(error, { cause: Object.assign(new Error(`inner ${SECRET}`), cause) });
  return error;
}

describe('describeNetworkError', () => {
  it.each([
    { case: 'a refused connection', error: fetchFailure({ code: 'ECONNREFUSED' }), kind: 'unreachable', message: 'connection refused' },
    { case: 'an unknown host', error: fetchFailure({ code: 'ENOTFOUND' }), kind: 'unreachable', message: 'host not found' },
    { case: 'a closed socket', error: fetchFailure({ code: 'UND_ERR_SOCKET' }), kind: 'unreachable', message: 'connection closed by the server' },
    { case: 'a connect timeout', error: fetchFailure({ code: 'UND_ERR_CONNECT_TIMEOUT' }), kind: 'timeout', message: 'connection timed out' },
    { case: 'an untrusted certificate', error: fetchFailure({ code: 'SELF_SIGNED_CERT_IN_CHAIN' }), kind: 'unreachable', message: 'TLS: self-signed certificate in chain not trusted' },
    { case: 'an AbortSignal timeout', error: new DOMException(`timeout ${SECRET}`, 'TimeoutError'), kind: 'timeout', message: 'request timed out' },
    { case: 'an unknown error', error: new Error(SECRET), kind: 'unreachable', message: 'the API server could not be reached' },
    { case: 'a non-error value', error: SECRET, kind: 'unreachable', message: 'the API server could not be reached' },
  ])('describes $case with fixed, credential-free text', ({ error, kind, message }) => {
    const failure = describeNetworkError(error);
    expect(failure).toEqual({ kind, status: null, message, reason: null, causes: [] });
    expect(JSON.stringify(failure)).not.toContain('secret');
  });
});
