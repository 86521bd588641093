// Reads a Secret (e.g. the workload cluster's `<cluster>-kubeconfig`). The decoded data is for the
// caller only: never log it, never put it in an error, audit entry or API response by accident.
import { z } from 'zod';
import { callKube } from '../request/call-kube';
import type { ManagementClusterRef } from './resolve-target';
import { resolveKubeConfig } from './resolve-target';
import { resourcePath } from '../request/resource-path';
import type { KubeResult } from './server-side-apply';

const secretSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string(), namespace: z.string().optional(), resourceVersion: z.string().optional() }),
  type: z.string().optional(),
  data: z.record(z.string(), z.string()).nullable().optional(),
});

export interface SecretValue {
  name: string;
  namespace: string;
  type: string | null;
  /** Decoded from base64. */
  data: Record<string, Buffer>;
}

export async function readSecret(options: { managementCluster: ManagementClusterRef; namespace: string; name: string; timeoutMs?: number }): Promise<KubeResult<SecretValue>> {
  const config = resolveKubeConfig(options.managementCluster);
  if (!config.ok) return { ok: false, failure: config.failure, auditId: null };
  const result = await callKube({ kubeConfig: config.kubeConfig, path: resourcePath({ group: '', version: 'v1', plural: 'secrets', namespace: options.namespace, name: options.name }), timeoutMs: options.timeoutMs });
  if (!result.ok) return result;
  const parsed = secretSchema.safeParse(result.value);
  if (!parsed.success) return { ok: false, failure: { kind: 'server-error', status: result.status, message: 'the API server answered without a Secret', reason: null, causes: [] }, auditId: result.auditId };
  const data = Object.fromEntries(Object.entries(parsed.data.data ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]));
  return { ok: true, value: { name: parsed.data.metadata.name, namespace: parsed.data.metadata.namespace ?? options.namespace, type: parsed.data.type ?? null, data }, auditId: result.auditId };
}
