// Topology controller (cluster/topology): materializes a Cluster's spec.topology from its
// ClusterClass and reports TopologyReconciled with the controller's reasons.
import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, mergeConditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { createControlPlane, createInfrastructureCluster } from './create-control-plane';
import { ensureHealthChecks } from './ensure-health-checks';
import { reconcileTopologyControlPlane } from './reconcile-topology-control-plane';
import { reconcileTopologyWorkers } from './reconcile-topology-workers';
import { validateVariables } from './validate-variables';

function setTopologyCondition(ctx: ControllerContext, cluster: KubeObject, condition: ConditionInput): void {
  const latest = ctx.cache.get('Cluster', cluster.metadata.namespace, cluster.metadata.name) ?? cluster;
  ctx.writeStatus(latest, { ...rec(latest.status), conditions: mergeConditions({ existing: conditionsOf(latest), next: [condition], now: ctx.nowIso(), generation: latest.metadata.generation }) });
}

const failed = (message: string): ConditionInput => ({ type: 'TopologyReconciled', status: 'False', reason: 'ReconcileFailed', message });

export function reconcileTopology(ctx: ControllerContext, cluster: KubeObject): void {
  const topology = rec(rec(cluster.spec).topology);
  if (!rec(cluster.spec).topology) return;
  const paused = pausedCondition(ctx, cluster);
  if (paused.status === 'True') return setTopologyCondition(ctx, cluster, { type: 'TopologyReconciled', status: 'False', reason: 'Paused', message: paused.message });
  if (cluster.metadata.deletionTimestamp) return setTopologyCondition(ctx, cluster, { type: 'TopologyReconciled', status: 'False', reason: 'Deleting', message: 'Cluster is deleting' });
  const ref = rec(topology.classRef);
  const className = str(ref.name) ?? '';
  const classNamespace = str(ref.namespace) ?? cluster.metadata.namespace;
  const cc = ctx.cache.get('ClusterClass', classNamespace, className);
  if (!cc) return setTopologyCondition(ctx, cluster, failed(`failed to get ClusterClass ${classNamespace ?? ''}/${className}: ClusterClass.cluster.x-k8s.io "${className}" not found`));
  const classVariables = list(rec(cc.spec).variables);
  const errors = validateVariables({ classVariables, values: list(topology.variables), path: 'spec.topology.variables', checkRequired: true });
  list(rec(topology.workers).machineDeployments).forEach((md, i) => errors.push(...validateVariables({ classVariables, values: list(rec(rec(md).variables).overrides), path: `spec.topology.workers.machineDeployments[${i}].variables.overrides`, checkRequired: false })));
  if (errors.length) return setTopologyCondition(ctx, cluster, failed(`Cluster.cluster.x-k8s.io "${cluster.metadata.name}" is invalid: ${errors.join(', ')}`));
  try {
    let spec = rec(cluster.spec);
    if (!spec.infrastructureRef || !spec.controlPlaneRef) {
      const infrastructureRef = spec.infrastructureRef ?? createInfrastructureCluster(ctx, cluster, cc);
      const controlPlaneRef = spec.controlPlaneRef ?? createControlPlane(ctx, cluster, cc);
      const updated = ctx.patch(cluster, (d) => void (d.spec = { ...rec(d.spec), infrastructureRef, controlPlaneRef }));
      spec = rec(updated?.spec);
    }
    const current = ctx.cache.get('Cluster', cluster.metadata.namespace, cluster.metadata.name) ?? cluster;
    const cp = reconcileTopologyControlPlane({ ctx, cluster: current, kcpName: str(rec(spec.controlPlaneRef).name) });
    const pendingMds = reconcileTopologyWorkers({ ctx, cluster: current, cc, controlPlaneUpgraded: cp.upgraded });
    ensureHealthChecks({ ctx, cluster: current, cc, kcpName: str(rec(spec.controlPlaneRef).name) });
    const version = str(topology.version) ?? '';
    if (cp.pendingMessage) return setTopologyCondition(ctx, current, { type: 'TopologyReconciled', status: 'False', reason: 'ControlPlaneUpgradePending', message: cp.pendingMessage });
    if (pendingMds.length) return setTopologyCondition(ctx, current, { type: 'TopologyReconciled', status: 'False', reason: 'MachineDeploymentsUpgradePending', message: `MachineDeployment${pendingMds.length > 1 ? 's' : ''} ${pendingMds.join(', ')} rollout and upgrade to version ${version} on hold.` });
    setTopologyCondition(ctx, current, { type: 'TopologyReconciled', status: 'True', reason: 'ReconcileSucceeded' });
  } catch (error) {
    setTopologyCondition(ctx, cluster, failed(error instanceof Error ? error.message : String(error)));
    ctx.requeueAfter(cluster, ctx.durations.retryMs);
  }
}
