// Machine controller: follows the bootstrap config and infrastructure machine, sets nodeRef and
// nodeInfo once the (simulated) Node joins, and keeps phase and conditions as CAPI does.
import type { KubeObject } from '../../core/kube-object';
import { activeFault } from '../faults/active-fault';
import { syncStuckFinalizer } from '../faults/stuck-finalizer';
import { FINALIZER_MACHINE, LABEL_CONTROL_PLANE } from '../kinds';
import { findCondition } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';
import { pausedCondition } from '../runtime/paused';
import { deleteMachine } from './delete-machine';
import { nodeInfo } from './node-info';
import type { MachineFacts, NodeState } from './machine-conditions';
import { writeMachineStatus } from './write-machine-status';

export function reconcileMachine(ctx: ControllerContext, input: KubeObject): void {
  const paused = pausedCondition(ctx, input);
  const machine = syncStuckFinalizer(ctx, input);
  if (!machine) return;
  if (paused.status === 'True') return void writeMachineStatus({ ctx, machine, facts: undefined, paused });
  if (machine.metadata.deletionTimestamp) return deleteMachine(ctx, machine, paused);
  if (!machine.metadata.finalizers?.includes(FINALIZER_MACHINE)) ctx.patch(machine, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), FINALIZER_MACHINE]));
  const ns = machine.metadata.namespace;
  const spec = rec(machine.spec);
  const configRef = rec(rec(spec.bootstrap).configRef);
  const config = str(configRef.kind) && str(configRef.name) ? ctx.cache.get(String(configRef.kind), ns, String(configRef.name)) : undefined;
  let dataSecretName = str(rec(spec.bootstrap).dataSecretName);
  const configStatus = rec(config?.status);
  if (!dataSecretName && rec(configStatus.initialization).dataSecretCreated === true && str(configStatus.dataSecretName)) {
    dataSecretName = str(configStatus.dataSecretName);
    ctx.patch(machine, (d) => void (d.spec = { ...rec(d.spec), bootstrap: { ...rec(rec(d.spec).bootstrap), dataSecretName } }));
  }
  const infraRef = rec(spec.infrastructureRef);
  const infraKind = str(infraRef.kind) ?? 'InfrastructureMachine';
  const infra = str(infraRef.name) ? ctx.cache.get(infraKind, ns, String(infraRef.name)) : undefined;
  const infraStatus = rec(infra?.status);
  const infraProvisioned = infraStatus.ready === true || rec(infraStatus.initialization).provisioned === true;
  let providerID = str(spec.providerID);
  if (infraProvisioned && !providerID && str(rec(infra?.spec).providerID)) {
    providerID = str(rec(infra?.spec).providerID);
    ctx.patch(machine, (d) => void (d.spec = { ...rec(d.spec), providerID }));
  }
  const fault = activeFault(ctx, machine);
  const status = rec(machine.status);
  let nodeName = str(rec(status.nodeRef).name);
  let info = status.nodeInfo;
  if (!nodeName && infraProvisioned && providerID && fault !== 'bootstrap-failure' && ctx.waited(machine, 'join', ctx.durations.nodeJoinMs)) {
    const addresses = list(infraStatus.addresses).map(rec);
    nodeName = str(addresses.find((a) => a.type === 'InternalDNS' || a.type === 'Hostname')?.address) ?? infra?.metadata.name ?? machine.metadata.name;
    info = nodeInfo({ version: str(spec.version) ?? '', infraKind, random: ctx.random });
    ctx.event(machine, { type: 'Normal', reason: 'SuccessfulSetNodeRef', message: nodeName, component: 'machine-controller' });
  }
  let node: NodeState = 'none';
  if (nodeName) {
    const isWorker = machine.metadata.labels?.[LABEL_CONTROL_PLANE] === undefined;
    // a Node that was already Ready (e.g. seeded by a scenario) stays Ready without waiting again
    const wasReady = findCondition(machine, 'NodeReady')?.status === 'True';
    if (fault === 'missing-cni' || !(wasReady || ctx.waited(machine, 'node-ready', ctx.durations.nodeReadyMs))) node = 'not-ready';
    else if (fault === 'mhc-remediation-storm' && isWorker && ctx.waited(machine, 'storm', ctx.durations.healthCheckIntervalMs * 2)) node = 'unknown';
    else node = 'ready';
  }
  const facts: MachineFacts = { config, configKind: str(configRef.kind), dataSecretName, infra, infraKind, infraProvisioned, providerID, node };
  const latest = ctx.cache.get('Machine', ns, machine.metadata.name) ?? machine;
  writeMachineStatus({ ctx, machine: latest, facts, paused, nodeName, nodeInfo: info, addresses: infraProvisioned ? list(infraStatus.addresses) : undefined, failureDomain: str(spec.failureDomain) });
}
