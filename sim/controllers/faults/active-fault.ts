// Which object fault applies to an object: the annotation on its MachineDeployment (for the
// machines it owns) wins over the one on its Cluster (which covers everything in the cluster).
import { FAULT_ANNOTATION, OBJECT_FAULTS, type ObjectFault } from '../../core/fault-names';
import type { KubeObject } from '../../core/kube-object';
import { LABEL_DEPLOYMENT_NAME } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { clusterOf } from '../runtime/paused';

function parseFault(value: string | undefined): ObjectFault | undefined {
  return OBJECT_FAULTS.find((f) => f === value?.trim());
}

export function activeFault(ctx: ControllerContext, obj: KubeObject): ObjectFault | undefined {
  const own = parseFault(obj.metadata.annotations?.[FAULT_ANNOTATION]);
  if (own && (obj.kind === 'Cluster' || obj.kind === 'MachineDeployment')) return own;
  const deployment = obj.metadata.labels?.[LABEL_DEPLOYMENT_NAME];
  if (deployment) {
    const md = ctx.cache.get('MachineDeployment', obj.metadata.namespace, deployment);
    const fromMd = parseFault(md?.metadata.annotations?.[FAULT_ANNOTATION]);
    if (fromMd) return fromMd;
  }
  const cluster = clusterOf(ctx, obj);
  return parseFault(cluster?.metadata.annotations?.[FAULT_ANNOTATION]);
}

export function hasFault(ctx: ControllerContext, obj: KubeObject, fault: ObjectFault): boolean {
  return activeFault(ctx, obj) === fault;
}
