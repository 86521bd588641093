import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, mergeConditions, mergeV1Beta1Conditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';
import { summarize } from '../runtime/aggregate';
import { bootstrapCondition, infrastructureCondition, nodeConditions, v1beta1MachineConditions, type MachineFacts } from './machine-conditions';
import { upToDateCondition } from './up-to-date';

export interface WriteMachineStatusOptions {
  ctx: ControllerContext;
  machine: KubeObject;
  facts: MachineFacts | undefined;
  paused: ConditionInput;
  deleting?: ConditionInput;
  nodeName?: string;
  nodeInfo?: unknown;
  addresses?: unknown[];
  failureDomain?: string;
  deletion?: Record<string, unknown>;
}

function phaseOf(o: WriteMachineStatusOptions): string {
  if (o.machine.metadata.deletionTimestamp) return o.deleting?.reason === 'DeletionCompleted' ? 'Deleted' : 'Deleting';
  if (o.nodeName) return 'Running';
  if (o.facts?.infraProvisioned) return 'Provisioned';
  if (o.facts?.dataSecretName) return 'Provisioning';
  return 'Pending';
}

export function writeMachineStatus(o: WriteMachineStatusOptions): void {
  const { ctx, machine } = o;
  const prior = rec(machine.status);
  const now = ctx.nowIso();
  const existing = conditionsOf(machine);
  if (!o.facts) {
    ctx.writeStatus(machine, { ...prior, conditions: mergeConditions({ existing, next: [o.paused], now, generation: machine.metadata.generation }) });
    return;
  }
  const deleting = o.deleting ?? { type: 'Deleting', status: 'False', reason: 'NotDeleting' };
  const base: ConditionInput[] = [bootstrapCondition(o.facts), infrastructureCondition(o.facts), ...nodeConditions(o.facts), deleting];
  const draft = { ...machine, status: { conditions: mergeConditions({ existing, next: base, now }) } };
  const ready = summarize({ type: 'Ready', obj: draft, parts: [{ type: 'Deleting', negative: true }, { type: 'BootstrapConfigReady' }, { type: 'InfrastructureReady' }, { type: 'NodeHealthy' }, { type: 'HealthCheckSucceeded', optional: true }, ...readinessGates(machine)], reasons: { ok: 'Ready', notOk: 'NotReady', unknown: 'ReadyUnknown' } });
  if (ready.message) ready.message = groupControlPlaneComponents(ready.message);
  const available: ConditionInput = ready.status === 'True' ? { type: 'Available', status: 'True', reason: 'Available' } : { type: 'Available', status: 'False', reason: 'NotReady' };
  const conditions = mergeConditions({ existing, next: [available, ready, upToDateCondition(ctx, machine), ...base, o.paused], now, generation: machine.metadata.generation });
  const phase = phaseOf(o);
  const status: Record<string, unknown> = {
    ...prior,
    observedGeneration: machine.metadata.generation ?? 1,
    phase,
    initialization: { bootstrapDataSecretCreated: Boolean(o.facts.dataSecretName), infrastructureProvisioned: o.facts.infraProvisioned },
    conditions,
    deprecated: { v1beta1: { conditions: mergeV1Beta1Conditions({ existing: rec(rec(prior.deprecated).v1beta1).conditions, next: v1beta1MachineConditions(o.facts, ready), now }) } },
  };
  if (o.nodeName) status.nodeRef = { name: o.nodeName };
  if (o.nodeInfo) status.nodeInfo = o.nodeInfo;
  if (o.addresses) status.addresses = o.addresses;
  if (o.failureDomain) status.failureDomain = o.failureDomain;
  if (o.deletion) status.deletion = o.deletion;
  if (str(prior.phase) !== phase) status.lastUpdated = now;
  ctx.writeStatus(machine, status);
}

function readinessGates(machine: KubeObject): { type: string }[] {
  return list(rec(machine.spec).readinessGates)
    .map((g) => str(rec(g).conditionType))
    .filter((t): t is string => Boolean(t))
    .map((type) => ({ type }));
}

const COMPONENT_LINE = /^\* (APIServerPodHealthy|ControllerManagerPodHealthy|SchedulerPodHealthy|EtcdPodHealthy): (.*)$/;

/** CAPI reports the four pod conditions of a control-plane Machine as one "Control plane components" line. */
function groupControlPlaneComponents(message: string): string {
  const lines = message.split('\n');
  const components = lines.map((l) => COMPONENT_LINE.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (components.length < 2 || new Set(components.map((m) => m[2])).size !== 1) return message;
  const first = lines.findIndex((l) => COMPONENT_LINE.test(l));
  const rest = lines.filter((l) => !COMPONENT_LINE.test(l));
  rest.splice(first, 0, `* Control plane components: ${components[0]?.[2] ?? ''}`);
  return rest.join('\n');
}
