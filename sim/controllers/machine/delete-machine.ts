// Machine deletion as the machine controller runs it: drain the Node (a PodDisruptionBudget can
// block it), wait for volumes to detach, delete the infrastructure machine and bootstrap config,
// then remove the machine finalizer.
import type { KubeObject } from '../../core/kube-object';
import { activeFault } from '../faults/active-fault';
import { FINALIZER_MACHINE } from '../kinds';
import type { ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import type { MachineFacts } from './machine-conditions';
import { writeMachineStatus } from './write-machine-status';

export const PDB_MESSAGE = "Cannot evict pod as it would violate the pod's disruption budget.";

function refOf(ctx: ControllerContext, machine: KubeObject, ref: Record<string, unknown>): KubeObject | undefined {
  const kind = str(ref.kind);
  const name = str(ref.name);
  return kind && name ? ctx.store.get(ctx.gr(kind), machine.metadata.namespace, name) : undefined;
}

export function deleteMachine(ctx: ControllerContext, machine: KubeObject, paused: ConditionInput): void {
  if (!machine.metadata.finalizers?.includes(FINALIZER_MACHINE)) return;
  const spec = rec(machine.spec);
  const status = rec(machine.status);
  const nodeName = str(rec(status.nodeRef).name);
  const deletion = { ...rec(status.deletion) };
  const infraRef = rec(spec.infrastructureRef);
  const configRef = rec(rec(spec.bootstrap).configRef);
  const infra = refOf(ctx, machine, infraRef);
  const config = refOf(ctx, machine, configRef);
  const facts: MachineFacts = { config, configKind: str(configRef.kind), dataSecretName: str(rec(spec.bootstrap).dataSecretName), infra, infraKind: str(infraRef.kind) ?? 'InfrastructureMachine', infraProvisioned: Boolean(rec(status.initialization).infrastructureProvisioned), providerID: str(spec.providerID), node: nodeName ? 'ready' : 'none' };
  const write = (deleting: ConditionInput): void => writeMachineStatus({ ctx, machine, facts, paused, deleting, nodeName, nodeInfo: status.nodeInfo, deletion });
  const now = ctx.nowIso();
  // stable per machine: a message that changed on every reconcile would trigger endless status writes
  const suffix = machine.metadata.uid.replace(/[^a-z0-9]/g, '').slice(0, 5);
  if (nodeName) {
    deletion.nodeDrainStartTime ??= now;
    if (activeFault(ctx, machine) === 'drain-blocked') {
      write({ type: 'Deleting', status: 'True', reason: 'DrainingNode', message: `Drain not completed yet (started at ${String(deletion.nodeDrainStartTime)}):\n* Pod default/app-${suffix}: ${PDB_MESSAGE} The disruption budget app-pdb needs 2 healthy pods and has 2 currently` });
      ctx.event(machine, { type: 'Warning', reason: 'FailedDrainNode', message: `error draining Machine's node "${nodeName}": ${PDB_MESSAGE}`, component: 'machine-controller' });
      ctx.requeueAfter(machine, ctx.durations.retryMs);
      return;
    }
    if (!ctx.waited(machine, 'drain', ctx.durations.drainMs)) {
      write({ type: 'Deleting', status: 'True', reason: 'DrainingNode', message: `Drain not completed yet (started at ${String(deletion.nodeDrainStartTime)}):\n* Pods with deletionTimestamp that still exist: kube-system/kube-proxy-${suffix}` });
      return;
    }
    if (!deletion.waitForNodeVolumeDetachStartTime) ctx.event(machine, { type: 'Normal', reason: 'SuccessfulDrainNode', message: `success draining Machine's node "${nodeName}"`, component: 'machine-controller' });
    deletion.waitForNodeVolumeDetachStartTime ??= now;
    if (!ctx.waited(machine, 'detach', ctx.durations.drainMs / 4)) {
      write({ type: 'Deleting', status: 'True', reason: 'WaitingForVolumeDetach', message: `Waiting for Node volumes to be detached (started at ${String(deletion.waitForNodeVolumeDetachStartTime)})` });
      return;
    }
  }
  if (infra || config) {
    if (infra) ctx.remove(infra);
    if (config) ctx.remove(config);
    const waiting = [infra && `${infra.kind}`, config && `${config.kind}`].filter(Boolean).join(' and ');
    write({ type: 'Deleting', status: 'True', reason: 'WaitingForInfrastructureDeletion', message: `Waiting for ${waiting} to be deleted` });
    return;
  }
  write({ type: 'Deleting', status: 'True', reason: 'DeletionCompleted' });
  if (nodeName) ctx.event(machine, { type: 'Normal', reason: 'SuccessfulDeleteNode', message: `success deleting Node "${nodeName}"`, component: 'machine-controller' });
  ctx.patch(machine, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== FINALIZER_MACHINE)));
}
