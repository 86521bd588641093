// Cluster controller: follows the infrastructure cluster and control plane, copies the control
// plane endpoint, writes the kubeconfig Secret, and computes phase, counters and conditions.
import type { KubeObject } from '../../core/kube-object';
import { syncStuckFinalizer } from '../faults/stuck-finalizer';
import { FINALIZER_CLUSTER } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { isPaused } from '../runtime/paused';
import { deleteCluster } from './delete-cluster';
import { ensureKubeconfig } from './ensure-kubeconfig';
import { writeClusterStatus, type ClusterFacts } from './write-cluster-status';

function refObject(ctx: ControllerContext, cluster: KubeObject, ref: Record<string, unknown> | undefined): KubeObject | undefined {
  const kind = str(ref?.kind);
  const name = str(ref?.name);
  return kind && name ? ctx.cache.get(kind, cluster.metadata.namespace, name) : undefined;
}

export function clusterFacts(ctx: ControllerContext, cluster: KubeObject): ClusterFacts {
  const spec = rec(cluster.spec);
  const infraRef = spec.infrastructureRef ? rec(spec.infrastructureRef) : undefined;
  const cpRef = spec.controlPlaneRef ? rec(spec.controlPlaneRef) : undefined;
  const infra = refObject(ctx, cluster, infraRef);
  const cp = refObject(ctx, cluster, cpRef);
  const infraStatus = rec(infra?.status);
  const infraProvisioned = infraStatus.ready === true || rec(infraStatus.initialization).provisioned === true || rec(rec(cluster.status).initialization).infrastructureProvisioned === true;
  const cpInitialized = rec(rec(cp?.status).initialization).controlPlaneInitialized === true || rec(rec(cluster.status).initialization).controlPlaneInitialized === true;
  return { infraRef, infra, infraProvisioned, cpRef, cp, cpInitialized };
}

export function reconcileCluster(ctx: ControllerContext, input: KubeObject): void {
  const cluster = syncStuckFinalizer(ctx, input);
  if (!cluster) return;
  if (isPaused(ctx, cluster)) return writeClusterStatus(ctx, cluster, clusterFacts(ctx, cluster));
  if (cluster.metadata.deletionTimestamp) return deleteCluster(ctx, cluster);
  if (!cluster.metadata.finalizers?.includes(FINALIZER_CLUSTER)) ctx.patch(cluster, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), FINALIZER_CLUSTER]));
  const facts = clusterFacts(ctx, cluster);
  for (const owned of [facts.infra, facts.cp]) {
    if (owned && !owned.metadata.ownerReferences?.some((r) => r.uid === cluster.metadata.uid)) {
      ctx.patch(owned, (d) => void (d.metadata.ownerReferences = [...(d.metadata.ownerReferences ?? []), { apiVersion: cluster.apiVersion, kind: 'Cluster', name: cluster.metadata.name, uid: cluster.metadata.uid, blockOwnerDeletion: true }]));
    }
  }
  const endpoint = rec(rec(facts.infra?.spec).controlPlaneEndpoint);
  if (facts.infraProvisioned && str(endpoint.host) && !str(rec(rec(cluster.spec).controlPlaneEndpoint).host)) {
    ctx.patch(cluster, (d) => void (d.spec = { ...rec(d.spec), controlPlaneEndpoint: { host: endpoint.host, port: endpoint.port ?? 6443 } }));
  }
  if (facts.cpInitialized) ensureKubeconfig(ctx, ctx.cache.get('Cluster', cluster.metadata.namespace, cluster.metadata.name) ?? cluster);
  writeClusterStatus(ctx, cluster, facts);
}
