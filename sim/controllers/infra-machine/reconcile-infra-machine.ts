// Infrastructure machine controllers: wait for the cluster infrastructure and the bootstrap data,
// provision the VM/container (spec.providerID, addresses), and tear it down on deletion.
import type { KubeObject } from '../../core/kube-object';
import { activeFault } from '../faults/active-fault';
import { providerOfKind } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';
import { clusterOf, pausedCondition } from '../runtime/paused';
import { infraMachineStatus, type InfraMachineState } from './infra-machine-status';
import { machineIdentity } from './provider-identity';
import { providerMessages } from './provider-messages';

export function infraMachineFinalizer(kind: string): string {
  return `${kind.toLowerCase()}.infrastructure.cluster.x-k8s.io`;
}

function ownerMachine(ctx: ControllerContext, obj: KubeObject): KubeObject | undefined {
  const ref = obj.metadata.ownerReferences?.find((r) => r.kind === 'Machine');
  return ref ? ctx.cache.get('Machine', obj.metadata.namespace, ref.name) : undefined;
}

export function reconcileInfraMachine(ctx: ControllerContext, obj: KubeObject): void {
  const paused = pausedCondition(ctx, obj);
  const component = `${obj.kind.toLowerCase()}-controller`;
  const finalizer = infraMachineFinalizer(obj.kind);
  const write = (state: InfraMachineState): boolean => ctx.writeStatus(obj, infraMachineStatus({ obj, state, now: ctx.nowIso(), paused, addresses: list(rec(obj.status).addresses) }));
  if (paused.status === 'True') return void write(currentState(obj));
  if (obj.metadata.deletionTimestamp) {
    write('deleting');
    if (!ctx.waited(obj, 'delete', ctx.durations.machineDeleteMs)) return;
    ctx.event(obj, { type: 'Normal', reason: 'SuccessfulTerminate', message: `Terminated instance ${str(rec(obj.spec).providerID) ?? obj.metadata.name}`, component });
    ctx.patch(obj, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== finalizer)));
    return;
  }
  if (!obj.metadata.finalizers?.includes(finalizer)) ctx.patch(obj, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), finalizer]));
  if (currentState(obj) === 'ready') return void write(activeFault(ctx, obj) === 'bootstrap-failure' ? 'bootstrap-failed' : 'ready');
  const cluster = clusterOf(ctx, obj);
  if (rec(rec(cluster?.status).initialization).infrastructureProvisioned !== true) return void write('waiting-infra');
  const machine = ownerMachine(ctx, obj);
  if (!str(rec(rec(machine?.spec).bootstrap).dataSecretName)) return void write('waiting-bootstrap');
  const fault = activeFault(ctx, obj);
  if (fault === 'infra-quota' || fault === 'credentials-expired') {
    const state = fault === 'infra-quota' ? 'quota' : 'credentials-expired';
    // providers retry on their own schedule, re-emitting the failure each time
    const messages = providerMessages(providerOfKind(obj.kind), str(rec(obj.spec).instanceType) ?? 'm5.large');
    ctx.event(obj, { type: 'Warning', reason: 'FailedCreate', message: `Failed to create instance: ${(state === 'quota' ? messages.quota : messages.credentials).split('\n')[0] ?? ''}`, component });
    write(state);
    ctx.requeueAfter(obj, ctx.durations.retryMs);
    return;
  }
  if (!ctx.waited(obj, 'provision', ctx.durations.machineProvisionMs)) return void write('provisioning');
  const identity = machineIdentity(obj, ctx.random);
  ctx.patch(obj, (d) => void (d.spec = { ...rec(d.spec), ...identity.extraSpec, providerID: identity.providerID }));
  const latest = ctx.cache.get(obj.kind, obj.metadata.namespace, obj.metadata.name) ?? obj;
  ctx.writeStatus(latest, infraMachineStatus({ obj: latest, state: fault === 'bootstrap-failure' ? 'bootstrap-failed' : 'ready', now: ctx.nowIso(), paused, addresses: identity.addresses }));
  ctx.event(obj, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created new ${rec(machine?.metadata.labels)['cluster.x-k8s.io/control-plane'] !== undefined ? 'control-plane' : 'node'} instance with id ${identity.providerID}`, component });
}

function currentState(obj: KubeObject): InfraMachineState {
  const status = rec(obj.status);
  return status.ready === true || rec(status.initialization).provisioned === true ? 'ready' : 'provisioning';
}
