import type { K8sObject } from './kube-object';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Drops what the UI never reads but that can double an object's size: managedFields and
 * kubectl's last-applied annotation. List items lack apiVersion/kind, so they are filled in.
 */
export function stripObject(options: { object: K8sObject; apiVersion: string; kind: string }): K8sObject {
  const { managedFields: _managedFields, ...metadata } = options.object.metadata;
  const annotations = metadata.annotations as Record<string, string> | undefined;
  if (annotations && LAST_APPLIED in annotations) {
    const { [LAST_APPLIED]: _lastApplied, ...rest } = annotations;
    metadata.annotations = rest;
  }
  return { ...options.object, apiVersion: options.apiVersion, kind: options.kind, metadata };
}
