// Machine conditions as the machine controller computes them (v1beta2) plus the deprecated
// v1beta1 set, from what the simulator knows about bootstrap, infrastructure and the Node.
import type { KubeObject } from '../../core/kube-object';
import { findCondition, type ConditionInput, type V1Beta1ConditionInput } from '../runtime/conditions';

export type NodeState = 'none' | 'not-ready' | 'ready' | 'unknown';

export const CNI_NOT_READY = 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';
export const KUBELET_STOPPED = 'Kubelet stopped posting node status.';

export interface MachineFacts {
  config: KubeObject | undefined;
  configKind: string | undefined;
  dataSecretName: string | undefined;
  infra: KubeObject | undefined;
  infraKind: string;
  infraProvisioned: boolean;
  providerID: string | undefined;
  node: NodeState;
}

export function bootstrapCondition(f: MachineFacts): ConditionInput {
  if (f.dataSecretName && !f.config) return { type: 'BootstrapConfigReady', status: 'True', reason: 'DataSecretProvided' };
  if (!f.config) return { type: 'BootstrapConfigReady', status: 'False', reason: 'DoesNotExist', message: `${f.configKind ?? 'KubeadmConfig'} does not exist` };
  const ready = findCondition(f.config, 'Ready');
  if (f.dataSecretName && ready?.status !== 'False') return { type: 'BootstrapConfigReady', status: 'True', reason: 'Ready' };
  return { type: 'BootstrapConfigReady', status: ready?.status === 'True' ? 'Unknown' : (ready?.status ?? 'False'), reason: ready?.status === 'False' ? 'NotReady' : 'ReadyUnknown', message: ready?.message || `${f.configKind ?? 'KubeadmConfig'} status.initialization.dataSecretCreated is false` };
}

export function infrastructureCondition(f: MachineFacts): ConditionInput {
  if (!f.infra) return { type: 'InfrastructureReady', status: 'False', reason: 'DoesNotExist', message: `${f.infraKind} does not exist` };
  if (f.infraProvisioned) return { type: 'InfrastructureReady', status: 'True', reason: 'Ready' };
  const ready = findCondition(f.infra, 'Ready');
  const message = ready?.message ? ready.message : `${f.infraKind} status.initialization.provisioned is false`;
  return { type: 'InfrastructureReady', status: 'False', reason: ready?.reason && ready.status === 'False' && !ready.reason.startsWith('Waiting') ? ready.reason : 'NotReady', message };
}

export function nodeConditions(f: MachineFacts): ConditionInput[] {
  if (f.node === 'none') {
    const message = f.providerID ? `Waiting for a Node with spec.providerID ${f.providerID} to exist` : `Waiting for ${f.infraKind} to report spec.providerID`;
    return [
      { type: 'NodeReady', status: 'Unknown', reason: 'NodeDoesNotExist', message },
      { type: 'NodeHealthy', status: 'Unknown', reason: 'NodeDoesNotExist', message },
    ];
  }
  if (f.node === 'not-ready') {
    return [
      { type: 'NodeReady', status: 'False', reason: 'NodeNotReady', message: `* Node.Ready: ${CNI_NOT_READY}` },
      { type: 'NodeHealthy', status: 'False', reason: 'NodeNotHealthy', message: `* Node.Ready: ${CNI_NOT_READY}` },
    ];
  }
  if (f.node === 'unknown') {
    return [
      { type: 'NodeReady', status: 'Unknown', reason: 'NodeReadyUnknown', message: `* Node.Ready: ${KUBELET_STOPPED}` },
      { type: 'NodeHealthy', status: 'Unknown', reason: 'NodeHealthUnknown', message: `* Node.Ready: ${KUBELET_STOPPED}` },
    ];
  }
  return [
    { type: 'NodeReady', status: 'True', reason: 'NodeReady' },
    { type: 'NodeHealthy', status: 'True', reason: 'NodeHealthy' },
  ];
}

export function v1beta1MachineConditions(f: MachineFacts, ready: ConditionInput): V1Beta1ConditionInput[] {
  const bootstrap: V1Beta1ConditionInput = f.dataSecretName ? { type: 'BootstrapReady', status: 'True' } : { type: 'BootstrapReady', status: 'False', reason: 'WaitingForDataSecret', severity: 'Info' };
  const infra: V1Beta1ConditionInput = f.infraProvisioned ? { type: 'InfrastructureReady', status: 'True' } : { type: 'InfrastructureReady', status: 'False', reason: 'WaitingForInfrastructure', severity: 'Info' };
  const node: V1Beta1ConditionInput =
    f.node === 'ready' ? { type: 'NodeHealthy', status: 'True' } : f.node === 'none' ? { type: 'NodeHealthy', status: 'False', reason: f.providerID ? 'NodeProvisioning' : 'WaitingForNodeRef', severity: 'Info' } : { type: 'NodeHealthy', status: f.node === 'unknown' ? 'Unknown' : 'False', reason: 'NodeConditionsFailed', severity: 'Warning', message: f.node === 'unknown' ? 'Node condition Ready is Unknown' : 'Node condition Ready is False' };
  const first = [bootstrap, infra, node].find((c) => c.status !== 'True');
  return [{ type: 'Ready', status: ready.status === 'True' ? 'True' : (first?.status ?? 'False'), reason: first?.reason, severity: first?.severity, message: first?.message }, bootstrap, infra, node];
}
