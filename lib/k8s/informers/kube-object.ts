// The minimal shape the access layer relies on. Everything else stays free-form JSON:
// CAPI semantics belong to lib/capi.
export interface K8sObjectMeta {
  name: string;
  namespace?: string;
  uid: string;
  resourceVersion: string;
  [field: string]: unknown;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: K8sObjectMeta;
  [field: string]: unknown;
}

export function isK8sObject(value: unknown): value is K8sObject {
  if (typeof value !== 'object' || value === null) return false;
  const metadata = (value as { metadata?: unknown }).metadata;
  if (typeof metadata !== 'object' || metadata === null) return false;
  const meta = metadata as Record<string, unknown>;
  return typeof meta.name === 'string' && typeof meta.uid === 'string' && typeof meta.resourceVersion === 'string';
}

export function objectKey(options: { namespace?: string | undefined; name: string }): string {
  return options.namespace ? `${options.namespace}/${options.name}` : options.name;
}

export function keyOf(object: K8sObject): string {
  return objectKey({ namespace: object.metadata.namespace, name: object.metadata.name });
}
