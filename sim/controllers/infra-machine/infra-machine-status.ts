// Status of an infrastructure machine per provider, with each provider's conditions and reasons:
// CAPA InstanceReady (InstanceProvisionFailed / InsufficientInstanceCapacity), CAPZ VMRunning,
// CAPV VMProvisioned (v1beta2 VirtualMachineProvisioned), CAPD ContainerProvisioned/BootstrapExecSucceeded.
import type { KubeObject } from '../../core/kube-object';
import { providerOfKind } from '../kinds';
import { conditionsOf, mergeConditions, mergeV1Beta1Conditions, type ConditionInput, type V1Beta1ConditionInput } from '../runtime/conditions';
import { rec, str } from '../runtime/json';
import { providerMessages } from './provider-messages';

export type InfraMachineState = 'waiting-infra' | 'waiting-bootstrap' | 'provisioning' | 'ready' | 'quota' | 'credentials-expired' | 'bootstrap-failed' | 'deleting';

interface Shape {
  primary: V1Beta1ConditionInput;
  extra: V1Beta1ConditionInput[];
}

const WAIT_REASONS: Partial<Record<InfraMachineState, string>> = { 'waiting-infra': 'WaitingForClusterInfrastructure', 'waiting-bootstrap': 'WaitingForBootstrapData' };

function shape(kind: string, state: InfraMachineState, instanceType: string): Shape {
  const provider = providerOfKind(kind);
  const messages = providerMessages(provider, instanceType);
  const wait = WAIT_REASONS[state];
  const up = state === 'ready' || state === 'bootstrap-failed';
  const type = { aws: 'InstanceReady', azure: 'VMRunning', vsphere: 'VMProvisioned', gcp: 'InstanceReady', openstack: 'InstanceReady', docker: 'ContainerProvisioned' }[provider];
  let primary: V1Beta1ConditionInput;
  if (up) primary = { type, status: 'True' };
  else if (wait) primary = { type, status: 'False', reason: wait, severity: 'Info' };
  else if (state === 'quota') primary = { type, status: 'False', reason: messages.quotaReason, severity: 'Error', message: messages.quota };
  else if (state === 'credentials-expired') primary = { type, status: 'False', reason: messages.quotaReason, severity: 'Error', message: messages.credentials };
  else if (state === 'deleting') primary = { type, status: 'False', reason: 'Deleting', severity: 'Info' };
  else primary = { type, status: 'False', reason: messages.provisioningReason, severity: 'Info' };
  const extra: V1Beta1ConditionInput[] = [];
  if (provider === 'docker') extra.push(state === 'bootstrap-failed' ? { type: 'BootstrapExecSucceeded', status: 'False', reason: 'BootstrapFailed', severity: 'Warning', message: 'Repeating bootstrap: kubeadm join failed: error execution phase preflight: couldn\'t validate the identity of the API Server' } : up ? { type: 'BootstrapExecSucceeded', status: 'True' } : { type: 'BootstrapExecSucceeded', status: 'False', reason: wait ?? 'Bootstrapping', severity: 'Info' });
  if (provider === 'aws') extra.push(up ? { type: 'SecurityGroupsReady', status: 'True' } : { type: 'SecurityGroupsReady', status: 'False', reason: wait ?? 'SecurityGroupsFailed', severity: 'Info' });
  return { primary, extra };
}

export function infraMachineStatus(options: { obj: KubeObject; state: InfraMachineState; now: string; paused: ConditionInput; addresses: unknown[] }): Record<string, unknown> {
  const { obj, state, now } = options;
  const prior = rec(obj.status);
  const provider = providerOfKind(obj.kind);
  const up = state === 'ready' || state === 'bootstrap-failed';
  const s = shape(obj.kind, state, str(rec(obj.spec).instanceType) ?? str(rec(obj.spec).vmSize) ?? 'm5.large');
  const ready: V1Beta1ConditionInput = up ? { type: 'Ready', status: 'True' } : { type: 'Ready', status: 'False', reason: s.primary.reason, severity: s.primary.severity, message: s.primary.message };
  const v1beta1 = [ready, s.primary, ...s.extra];
  const status: Record<string, unknown> = { ...prior };
  if (up) status.addresses = options.addresses;
  if (provider === 'aws' || provider === 'azure' || provider === 'gcp') {
    status.ready = up;
    if (provider === 'aws') status.instanceState = up ? 'running' : state === 'deleting' ? 'shutting-down' : 'pending';
    if (provider === 'azure') status.vmState = up ? 'Succeeded' : state === 'quota' || state === 'credentials-expired' ? 'Failed' : state === 'deleting' ? 'Deleting' : 'Creating';
    if (provider === 'gcp') status.instanceState = up ? 'RUNNING' : 'PROVISIONING';
    if (provider !== 'gcp') status.conditions = mergeV1Beta1Conditions({ existing: prior.conditions, next: v1beta1, now });
    if (state === 'quota' || state === 'credentials-expired') Object.assign(status, { failureReason: 'CreateError', failureMessage: s.primary.message });
    else {
      delete status.failureReason;
      delete status.failureMessage;
    }
    return status;
  }
  status.initialization = { provisioned: up };
  const v1beta2Type = provider === 'vsphere' ? 'VirtualMachineProvisioned' : s.primary.type;
  const toV2 = (c: V1Beta1ConditionInput, type = c.type): ConditionInput => ({ type, status: c.status, reason: c.status === 'True' ? (type === 'Ready' ? 'Ready' : type) : c.reason ?? 'NotReady', message: c.message });
  const v2Ready: ConditionInput = up ? { type: 'Ready', status: 'True', reason: 'Ready' } : { type: 'Ready', status: 'False', reason: 'NotReady', message: `* ${v1beta2Type}: ${s.primary.message || s.primary.reason || ''}` };
  status.conditions = mergeConditions({ existing: conditionsOf(obj), next: [v2Ready, toV2(s.primary, v1beta2Type), ...s.extra.map((c) => toV2(c)), options.paused], now, generation: obj.metadata.generation });
  if (provider !== 'openstack') status.deprecated = { v1beta1: { conditions: mergeV1Beta1Conditions({ existing: rec(rec(prior.deprecated).v1beta1).conditions, next: v1beta1, now }) } };
  return status;
}
