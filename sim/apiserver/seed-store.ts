// What every cluster has before anyone writes: the standard namespaces and the installed CRDs.
import type { GroupResource } from '../core/kube-object';
import type { ObjectStore } from '../core/object-store';
import type { ResourceCatalog } from '../crds/resource-catalog';

const NAMESPACES: GroupResource = { group: '', resource: 'namespaces' };
const CRDS: GroupResource = { group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions' };
const STANDARD_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export function seedStore(store: ObjectStore, catalog: ResourceCatalog): void {
  for (const name of STANDARD_NAMESPACES) {
    if (!store.get(NAMESPACES, undefined, name)) {
      store.create(NAMESPACES, { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } as never });
    }
  }
  for (const crd of catalog.crdObjects) {
    if (!store.get(CRDS, undefined, crd.metadata.name)) store.create(CRDS, crd);
  }
}
