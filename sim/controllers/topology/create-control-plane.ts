import type { KubeObject } from '../../core/kube-object';
import { groupOf } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { classRef, cloneTemplate, clonedObject, readTemplate } from './clone-template';

/** Infrastructure cluster and KubeadmControlPlane (with its machine template copy) for a topology Cluster. */
export function createInfrastructureCluster(ctx: ControllerContext, cluster: KubeObject, cc: KubeObject): Record<string, unknown> {
  const ref = classRef(rec(rec(cc.spec).infrastructure));
  if (!ref) throw new Error('ClusterClass spec.infrastructure.templateRef is not set');
  const template = readTemplate(ctx, cc.metadata.namespace, ref);
  const kind = template.kind.replace(/Template$/, '');
  const name = `${cluster.metadata.name}-${ctx.random.hex(5)}`;
  ctx.create(clonedObject({ cluster, template, kind, name, spec: structuredClone(rec(rec(rec(template.spec).template).spec)) }));
  ctx.event(cluster, { type: 'Normal', reason: 'TopologyCreate', message: `Created ${kind} "${cluster.metadata.namespace ?? ''}/${name}"`, component: 'topology/cluster-controller' });
  return { apiGroup: groupOf(template.apiVersion), kind, name };
}

export function createControlPlane(ctx: ControllerContext, cluster: KubeObject, cc: KubeObject): Record<string, unknown> {
  const cpClass = rec(rec(cc.spec).controlPlane);
  const ref = classRef(cpClass);
  if (!ref) throw new Error('ClusterClass spec.controlPlane.templateRef is not set');
  const template = readTemplate(ctx, cc.metadata.namespace, ref);
  const topology = rec(rec(cluster.spec).topology);
  const cpTopology = rec(topology.controlPlane);
  const spec = structuredClone(rec(rec(rec(template.spec).template).spec));
  const infraRef = classRef(rec(cpClass.machineInfrastructure));
  if (infraRef) {
    const copy = cloneTemplate({ ctx, cluster, cc, ref: infraRef, name: `${cluster.metadata.name}-${ctx.random.hex(5)}` });
    spec.machineTemplate = { ...rec(spec.machineTemplate), metadata: rec(cpTopology.metadata), spec: { ...rec(rec(spec.machineTemplate).spec), infrastructureRef: { apiGroup: groupOf(copy.apiVersion), kind: copy.kind, name: copy.metadata.name }, ...(cpTopology.deletion ? { deletion: cpTopology.deletion } : {}) } };
  }
  spec.version = str(topology.version);
  if (typeof cpTopology.replicas === 'number') spec.replicas = cpTopology.replicas;
  const kind = template.kind.replace(/Template$/, '');
  const name = `${cluster.metadata.name}-${ctx.random.hex(5)}`;
  ctx.create(clonedObject({ cluster, template, kind, name, spec }));
  ctx.event(cluster, { type: 'Normal', reason: 'TopologyCreate', message: `Created ${kind} "${cluster.metadata.namespace ?? ''}/${name}"`, component: 'topology/cluster-controller' });
  return { apiGroup: groupOf(template.apiVersion), kind, name };
}
