// TODO(apply agent): replace this stub with the real managedFields (FieldsV1) bookkeeping.
import type { KubeObject } from '../core/kube-object';

export function recordManagedFields(options: {
  live: KubeObject | undefined;
  updated: KubeObject;
  manager: string;
  operation: 'Update';
  subresource?: string;
  apiVersion: string;
  now: string;
}): KubeObject {
  return options.updated;
}
