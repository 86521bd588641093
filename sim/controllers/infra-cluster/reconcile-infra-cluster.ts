// Infrastructure cluster controllers (CAPD/CAPA/CAPZ/CAPV/...): after the provisioning delay the
// load balancer exists, spec.controlPlaneEndpoint is set and the object reports provisioned/ready.
import type { KubeObject } from '../../core/kube-object';
import { activeFault } from '../faults/active-fault';
import type { ControllerContext } from '../runtime/context';
import { rec } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { controlPlaneEndpoint } from './control-plane-endpoint';
import { infraClusterStatus, type InfraClusterState } from './infra-cluster-status';

export function finalizerFor(kind: string): string {
  return `${kind.toLowerCase()}.infrastructure.cluster.x-k8s.io`;
}

export function reconcileInfraCluster(ctx: ControllerContext, obj: KubeObject): void {
  const finalizer = finalizerFor(obj.kind);
  const paused = pausedCondition(ctx, obj);
  if (obj.metadata.deletionTimestamp) {
    if (paused.status === 'True') return;
    ctx.writeStatus(obj, infraClusterStatus({ obj, state: 'deleting', now: ctx.nowIso(), paused }));
    if (!ctx.waited(obj, 'delete', ctx.durations.infraClusterDeleteMs)) return;
    ctx.patch(obj, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== finalizer)));
    return;
  }
  if (paused.status === 'True') {
    ctx.writeStatus(obj, infraClusterStatus({ obj, state: stateOf(obj), now: ctx.nowIso(), paused }));
    return;
  }
  if (!obj.metadata.finalizers?.includes(finalizer)) ctx.patch(obj, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), finalizer]));
  const fault = activeFault(ctx, obj);
  let state: InfraClusterState = 'provisioning';
  if (fault === 'no-control-plane-endpoint') state = 'no-endpoint';
  else if (fault === 'credentials-expired') state = 'credentials-expired';
  else if (stateOf(obj) === 'ready' || ctx.waited(obj, 'provision', ctx.durations.infraClusterMs)) state = 'ready';
  if (state === 'ready' && !rec(rec(obj.spec).controlPlaneEndpoint).host) {
    const endpoint = controlPlaneEndpoint(obj, ctx.random);
    ctx.patch(obj, (d) => void (d.spec = { ...rec(d.spec), controlPlaneEndpoint: endpoint }));
  }
  if (state !== 'ready' && state !== 'provisioning') {
    if (ctx.writeStatus(obj, infraClusterStatus({ obj, state, now: ctx.nowIso(), paused }))) {
      ctx.event(obj, { type: 'Warning', reason: state === 'no-endpoint' ? 'FailedCreateLoadBalancer' : 'FailedAuthentication', message: state === 'no-endpoint' ? 'Failed to create the control plane load balancer' : 'Failed to authenticate with the infrastructure provider: credentials expired', component: `${obj.kind.toLowerCase()}-controller` });
    }
    ctx.requeueAfter(obj, ctx.durations.retryMs);
    return;
  }
  if (ctx.writeStatus(obj, infraClusterStatus({ obj, state, now: ctx.nowIso(), paused })) && state === 'ready') {
    ctx.event(obj, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created load balancer for ${obj.kind} ${obj.metadata.name}`, component: `${obj.kind.toLowerCase()}-controller` });
  }
}

function stateOf(obj: KubeObject): InfraClusterState {
  const status = rec(obj.status);
  return status.ready === true || rec(status.initialization).provisioned === true ? 'ready' : 'provisioning';
}
