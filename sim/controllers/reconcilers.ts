import type { KubeObject } from '../core/kube-object';
import { reconcileKubeadmConfig } from './bootstrap/reconcile-kubeadm-config';
import { reconcileCluster } from './cluster/reconcile-cluster';
import { reconcileClusterClass } from './cluster-class/reconcile-cluster-class';
import { reconcileInfraCluster } from './infra-cluster/reconcile-infra-cluster';
import { reconcileInfraMachine } from './infra-machine/reconcile-infra-machine';
import { reconcileKcp } from './kcp/reconcile-kcp';
import { INFRA_CLUSTER_KINDS, INFRA_MACHINE_KINDS } from './kinds';
import { reconcileMachine } from './machine/reconcile-machine';
import { reconcileMachineDeployment } from './machine-deployment/reconcile-machine-deployment';
import { reconcileMachineHealthCheck } from './machine-health-check/reconcile-machine-health-check';
import { reconcileMachineSet } from './machine-set/reconcile-machine-set';
import type { ControllerContext } from './runtime/context';
import { reconcileTopology } from './topology/reconcile-topology';

export type Reconciler = (ctx: ControllerContext, obj: KubeObject) => void;

function reconcileClusterAndTopology(ctx: ControllerContext, cluster: KubeObject): void {
  reconcileTopology(ctx, cluster);
  const latest = ctx.cache.get('Cluster', cluster.metadata.namespace, cluster.metadata.name);
  if (latest) reconcileCluster(ctx, latest);
}

export const RECONCILERS: Record<string, Reconciler> = {
  Cluster: reconcileClusterAndTopology,
  ClusterClass: reconcileClusterClass,
  KubeadmControlPlane: reconcileKcp,
  KubeadmConfig: reconcileKubeadmConfig,
  MachineDeployment: reconcileMachineDeployment,
  MachineSet: reconcileMachineSet,
  Machine: reconcileMachine,
  MachineHealthCheck: reconcileMachineHealthCheck,
  ...Object.fromEntries(INFRA_CLUSTER_KINDS.map((k) => [k, reconcileInfraCluster])),
  ...Object.fromEntries(INFRA_MACHINE_KINDS.map((k) => [k, reconcileInfraMachine])),
};
