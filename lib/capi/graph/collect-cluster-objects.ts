import { type NormalizedObject, type NormalizedRef } from '../normalize/types';

const refId = (ref: NormalizedRef, namespace: string) => `${ref.kind}/${ref.namespace ?? namespace}/${ref.name}`;

/**
 * The objects that belong to one Cluster: labelled or `spec.clusterName`d for it, owned by it, or referenced by it or by
 * one of those (templates applied by hand often carry no cluster-name label on KCP or the infra cluster).
 */
export function collectClusterObjects(objects: readonly NormalizedObject[], cluster: NormalizedObject): NormalizedObject[] {
  const ns = cluster.namespace;
  const sameNamespace = objects.filter((o) => o.namespace === ns);
  const included = new Set<string>();
  const referenced = new Set<string>();
  const addRefs = (o: NormalizedObject) => {
    for (const ref of [o.controlPlaneRef, o.infrastructureRef, o.bootstrapConfigRef]) if (ref) referenced.add(refId(ref, ns));
  };
  for (const o of sameNamespace) {
    const owned = o.ownerReferences.some((r) => r.kind === 'Cluster' && r.name === cluster.name);
    if (o.id === cluster.id || o.clusterName === cluster.name || owned) {
      included.add(o.id);
      addRefs(o);
    }
  }
  return sameNamespace.filter((o) => included.has(o.id) || referenced.has(o.id));
}
