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

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function redactValues(data: unknown): unknown {
  if (data === undefined) return undefined;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.fromEntries(Object.keys(data).map((key) => [key, REDACTED])) : REDACTED;
}

// kubectl apply copies the whole Secret, data included, into an annotation.
function redactLastApplied(metadata: unknown): unknown {
  if (metadata === null || typeof metadata !== 'object') return metadata;
  const annotations = (metadata as { annotations?: unknown }).annotations;
  if (annotations === null || typeof annotations !== 'object' || !(LAST_APPLIED in annotations)) return metadata;
  return { ...metadata, annotations: { ...annotations, [LAST_APPLIED]: REDACTED } };
}

function redactSecretObject(secret: Record<string, unknown>): Record<string, unknown> {
  return { ...secret, metadata: redactLastApplied(secret.metadata), data: redactValues(secret.data), stringData: redactValues(secret.stringData) };
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
