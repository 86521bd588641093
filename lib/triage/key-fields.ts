import { type NormalizedObject, type ReplicaCounters } from '@/lib/capi/normalize/types';

function replicas(counters: ReplicaCounters | undefined): string | undefined {
  if (!counters) return undefined;
  const part = (label: string, value: number | undefined) => (value === undefined ? [] : [`${value} ${label}`]);
  const parts = [...part('desired', counters.desired), ...part('current', counters.current), ...part('ready', counters.ready), ...part('available', counters.available), ...part('up to date', counters.upToDate)];
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

const ref = (value: { kind: string; name: string } | undefined) => (value ? `${value.kind}/${value.name}` : undefined);

/** The handful of fields on-call reads first for any kind, label/value pairs with empty ones left out. */
export function keyFields(object: NormalizedObject): { label: string; value: string }[] {
  const candidates: [string, string | undefined][] = [
    ['API version', object.apiVersion],
    ['Phase', object.phase],
    ['Created', object.creationTimestamp],
    ['Deleting since', object.deletionTimestamp],
    ['Finalizers', object.finalizers.length > 0 ? object.finalizers.join(', ') : undefined],
    ['Paused', object.paused ? 'yes' : undefined],
    ['Version (desired)', object.versions.desired],
    ['Version (observed)', object.versions.observed],
    ['Kubelet', object.versions.kubelet],
    ['Replicas', replicas(object.replicas)],
    ['Control plane replicas', replicas(object.controlPlaneReplicas)],
    ['Worker replicas', replicas(object.workerReplicas)],
    ['ClusterClass', object.topology?.className],
    ['Control plane ref', ref(object.controlPlaneRef)],
    ['Infrastructure ref', ref(object.infrastructureRef)],
    ['Bootstrap config', ref(object.bootstrapConfigRef)],
    ['Node', object.nodeRef],
    ['Provider ID', object.providerID],
    ['Generation', object.generation === undefined ? undefined : `${object.generation} (observed ${object.observedGeneration ?? '?'})`],
    ['Failure reason', object.failureReason],
    ['Failure message', object.failureMessage],
  ];
  return candidates.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '').map(([label, value]) => ({ label, value }));
}
