export const REDACTED = '[REDACTED]';

// Keys whose values are credentials. References to secrets (secretName, tokenRef, ...) are
// names, not secrets, and stay readable so the audit trail remains useful.
const SECRET_KEY = /(token|password|passwd|secret|kubeconfig|credential|private.?key|api.?key|authorization|cookie|client.?key|bearer)/i;
const REFERENCE_KEY = /(name|ref|namespace|id|count|expires.*|hash|prefix|type)$/i;
const BEARER = /\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*/gi;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !REFERENCE_KEY.test(key);
}

function redactString(value: string): string {
  return value.replace(BEARER, `$1 ${REDACTED}`).replace(PRIVATE_KEY_BLOCK, REDACTED);
}

function redactSecretObject(secret: Record<string, unknown>): Record<string, unknown> {
  const redactValues = (data: unknown): unknown =>
    data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.fromEntries(Object.keys(data).map((key) => [key, REDACTED])) : data === undefined ? undefined : REDACTED;
  return { ...secret, data: redactValues(secret.data), stringData: redactValues(secret.stringData) };
}

/**
 * Returns a copy of `value` safe to store in the audit log: credential-like keys, the
 * `data`/`stringData` of Kubernetes Secrets (keys are kept, values are not), bearer tokens
 * and PEM private keys inside strings are replaced by "[REDACTED]".
 */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(redactSecrets);
  const source = value as Record<string, unknown>;
  const object = source.kind === 'Secret' ? redactSecretObject(source) : source;
  return Object.fromEntries(
    Object.entries(object)
      .filter(([, member]) => member !== undefined)
      .map(([key, member]) => [key, isSecretKey(key) && member !== null && member !== '' ? REDACTED : redactSecrets(member)]),
  );
}
