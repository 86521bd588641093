// MachineDeployments of a topology Cluster: created from the class's worker classes, replicas
// propagated, version upgrades rolled one MachineDeployment at a time after the control plane.
import type { KubeObject } from '../../core/kube-object';
import { CORE_API_VERSION, groupOf, LABEL_CLUSTER_NAME, LABEL_TOPOLOGY_DEPLOYMENT, LABEL_TOPOLOGY_OWNED } from '../kinds';
import { findCondition } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';
import { classRef, cloneTemplate, clonedObject } from './clone-template';

const COMPONENT = 'topology/cluster-controller';

function isRollingOut(md: KubeObject): boolean {
  return findCondition(md, 'RollingOut')?.status === 'True' || Number(rec(md.status).upToDateReplicas ?? 0) < Number(rec(md.spec).replicas ?? 0) || rec(md.status).observedGeneration !== md.metadata.generation;
}

/** Returns the names of MachineDeployments whose upgrade is still pending. */
export function reconcileTopologyWorkers(options: { ctx: ControllerContext; cluster: KubeObject; cc: KubeObject; controlPlaneUpgraded: boolean }): string[] {
  const { ctx, cluster, cc } = options;
  const topology = rec(rec(cluster.spec).topology);
  const version = str(topology.version);
  const existing = ctx.cache.listByCluster('MachineDeployment', cluster.metadata.namespace, cluster.metadata.name);
  const classes = list(rec(rec(cc.spec).workers).machineDeployments).map(rec);
  const pending: string[] = [];
  // upgrade concurrency 1: wait while any MachineDeployment is still rolling out
  let upgrading = existing.some(isRollingOut);
  for (const mdTopology of list(rec(topology.workers).machineDeployments).map(rec)) {
    const name = str(mdTopology.name) ?? '';
    const md = existing.find((m) => m.metadata.labels?.[LABEL_TOPOLOGY_DEPLOYMENT] === name);
    if (!md) {
      const mdClass = classes.find((c) => c.class === mdTopology.class);
      if (!mdClass) throw new Error(`MachineDeployment class "${String(mdTopology.class)}" not found in ClusterClass ${cc.metadata.name}`);
      createMachineDeployment({ ctx, cluster, cc, mdClass, mdTopology, version });
      continue;
    }
    const replicas = typeof mdTopology.replicas === 'number' ? mdTopology.replicas : undefined;
    const currentVersion = str(rec(rec(rec(md.spec).template).spec).version);
    const wantUpgrade = currentVersion !== version;
    const canUpgrade = wantUpgrade && options.controlPlaneUpgraded && !upgrading;
    if (wantUpgrade && !canUpgrade) pending.push(md.metadata.name);
    if (canUpgrade) upgrading = true;
    const replicaChange = replicas !== undefined && replicas !== rec(md.spec).replicas;
    if (!canUpgrade && !replicaChange) continue;
    ctx.patch(md, (d) => {
      const spec = rec(d.spec);
      if (replicaChange) spec.replicas = replicas;
      if (canUpgrade) spec.template = { ...rec(spec.template), spec: { ...rec(rec(spec.template).spec), version } };
      d.spec = spec;
    });
    ctx.event(cluster, { type: 'Normal', reason: 'TopologyUpdate', message: `Updated MachineDeployment "${md.metadata.namespace ?? ''}/${md.metadata.name}"${canUpgrade ? ` with version change from ${currentVersion ?? ''} to ${version ?? ''}` : ''}`, component: COMPONENT });
  }
  return pending;
}

function createMachineDeployment(options: { ctx: ControllerContext; cluster: KubeObject; cc: KubeObject; mdClass: Record<string, unknown>; mdTopology: Record<string, unknown>; version: string | undefined }): void {
  const { ctx, cluster, mdClass, mdTopology } = options;
  const topologyName = str(mdTopology.name) ?? 'md';
  const labels = { [LABEL_TOPOLOGY_DEPLOYMENT]: topologyName };
  const prefix = `${cluster.metadata.name}-${topologyName}`;
  const bootstrapRef = classRef(rec(mdClass.bootstrap));
  const infraRef = classRef(rec(mdClass.infrastructure));
  if (!bootstrapRef || !infraRef) throw new Error(`MachineDeployment class "${String(mdClass.class)}" has no bootstrap or infrastructure template`);
  const bootstrap = cloneTemplate({ ctx, cluster, cc: options.cc, ref: bootstrapRef, name: `${prefix}-${ctx.random.hex(5)}`, labels });
  const infra = cloneTemplate({ ctx, cluster, cc: options.cc, ref: infraRef, name: `${prefix}-${ctx.random.hex(5)}`, labels });
  const selectorLabels = { [LABEL_CLUSTER_NAME]: cluster.metadata.name, [LABEL_TOPOLOGY_OWNED]: '', [LABEL_TOPOLOGY_DEPLOYMENT]: topologyName };
  const meta = rec(mdTopology.metadata);
  const spec: Record<string, unknown> = {
    clusterName: cluster.metadata.name,
    replicas: typeof mdTopology.replicas === 'number' ? mdTopology.replicas : 1,
    selector: { matchLabels: selectorLabels },
    template: {
      metadata: { labels: { ...(rec(meta.labels) as Record<string, string>), ...selectorLabels }, annotations: rec(meta.annotations) },
      spec: {
        clusterName: cluster.metadata.name,
        version: options.version,
        bootstrap: { configRef: { apiGroup: groupOf(bootstrap.apiVersion), kind: bootstrap.kind, name: bootstrap.metadata.name } },
        infrastructureRef: { apiGroup: groupOf(infra.apiVersion), kind: infra.kind, name: infra.metadata.name },
        ...(str(mdTopology.failureDomain) ? { failureDomain: mdTopology.failureDomain } : {}),
        ...(mdTopology.minReadySeconds !== undefined ? { minReadySeconds: mdTopology.minReadySeconds } : {}),
        ...(mdTopology.deletion ? { deletion: mdTopology.deletion } : {}),
      },
    },
  };
  if (mdTopology.rollout) spec.rollout = mdTopology.rollout;
  const name = `${prefix}-${ctx.random.hex(5)}`;
  const obj = clonedObject({ cluster, template: bootstrap, kind: 'MachineDeployment', name, spec, labels: { ...(rec(meta.labels) as Record<string, string>), ...labels } });
  obj.apiVersion = CORE_API_VERSION;
  obj.metadata.annotations = rec(meta.annotations) as Record<string, string>;
  const created = ctx.create(obj);
  if (created) ctx.event(cluster, { type: 'Normal', reason: 'TopologyCreate', message: `Created MachineDeployment "${cluster.metadata.namespace ?? ''}/${name}"`, component: COMPONENT });
}
