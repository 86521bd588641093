// Shared builders for the store's unit tests.
import type { GroupResource, KubeObject, OwnerReference } from '../core/kube-object';

export const MACHINES: GroupResource = { group: 'cluster.x-k8s.io', resource: 'machines' };
export const CLUSTERS: GroupResource = { group: 'cluster.x-k8s.io', resource: 'clusters' };

export function machine(name: string, extra: { labels?: Record<string, string>; owners?: OwnerReference[]; finalizers?: string[]; namespace?: string } = {}): KubeObject {
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'Machine',
    metadata: {
      name,
      namespace: extra.namespace ?? 'default',
      labels: extra.labels,
      ownerReferences: extra.owners,
      finalizers: extra.finalizers,
    } as KubeObject['metadata'],
    spec: { clusterName: 'c1' },
  };
}

export function ownerRef(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}
