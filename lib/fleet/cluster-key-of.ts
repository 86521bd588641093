// Which workload cluster an object belongs to, the way CAPI links them: the Cluster itself, the
// `cluster.x-k8s.io/cluster-name` label every CAPI-managed object carries, or a controller
// ownerReference to a Cluster (control planes created outside a topology).

interface ObjectLike {
  kind: string;
  metadata: { name: string; namespace?: string; labels?: unknown; ownerReferences?: unknown };
  spec?: unknown;
}

export const CLUSTER_NAME_LABEL = 'cluster.x-k8s.io/cluster-name';

export function clusterKeyOf(object: ObjectLike): string | undefined {
  const namespace = object.metadata.namespace ?? '';
  if (object.kind === 'Cluster') return `${namespace}/${object.metadata.name}`;
  const labels = object.metadata.labels;
  if (labels && typeof labels === 'object') {
    const name = (labels as Record<string, unknown>)[CLUSTER_NAME_LABEL];
    if (typeof name === 'string' && name) return `${namespace}/${name}`;
  }
  const spec = object.spec;
  if (spec && typeof spec === 'object') {
    const clusterName = (spec as Record<string, unknown>).clusterName;
    if (typeof clusterName === 'string' && clusterName) return `${namespace}/${clusterName}`;
  }
  const owners = object.metadata.ownerReferences;
  if (Array.isArray(owners)) {
    for (const owner of owners as { kind?: unknown; name?: unknown }[]) {
      if (owner.kind === 'Cluster' && typeof owner.name === 'string') return `${namespace}/${owner.name}`;
    }
  }
  return undefined;
}
