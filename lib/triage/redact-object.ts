import { redactSecrets } from '@/lib/audit/redact-secrets';

/**
 * A copy of a raw Kubernetes object safe to show read-only: `managedFields` dropped (noise for
 * on-call), Secret data, credential-like keys, bearer tokens and PEM private keys redacted.
 */
export function redactObject(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return redactSecrets(raw);
  const source = raw as Record<string, unknown>;
  const metadata = source.metadata;
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return redactSecrets(source);
  const { managedFields: _dropped, ...rest } = metadata as Record<string, unknown>;
  return redactSecrets({ ...source, metadata: rest });
}
