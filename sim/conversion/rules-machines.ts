// MachineDeployment, MachineSet, Machine, MachinePool and MachineHealthCheck v1beta1 <-> v1beta2.
import { drop, move, within, type ConversionRule } from './conversion-rule';
import { conditionRules, failureRules, healthCheckRules, machineSpecRules, replicaCounterRules, rolloutStrategyRules } from './rules-common';

const templateSpec = within('spec.template.spec', 'spec.template.spec', machineSpecRules);

export const machineDeploymentRules: ConversionRule[] = [
  templateSpec,
  move('spec.minReadySeconds', 'spec.template.spec.minReadySeconds'),
  move('spec.machineNamingStrategy', 'spec.machineNaming'),
  move('spec.rolloutAfter', 'spec.rollout.after'),
  drop('spec.progressDeadlineSeconds'),
  drop('spec.revisionHistoryLimit'),
  within('spec', 'spec', rolloutStrategyRules('remediation.maxInFlight')),
  ...conditionRules,
  ...replicaCounterRules(['readyReplicas', 'availableReplicas', 'updatedReplicas', 'unavailableReplicas']),
];

export const machineSetRules: ConversionRule[] = [
  templateSpec,
  move('spec.minReadySeconds', 'spec.template.spec.minReadySeconds'),
  move('spec.machineNamingStrategy', 'spec.machineNaming'),
  move('spec.deletePolicy', 'spec.deletion.order'),
  ...conditionRules,
  ...failureRules,
  ...replicaCounterRules(['readyReplicas', 'availableReplicas', 'fullyLabeledReplicas']),
];

export const machineRules: ConversionRule[] = [
  within('spec', 'spec', machineSpecRules),
  { op: 'nodeRef', path: 'status.nodeRef' },
  move('status.bootstrapReady', 'status.initialization.bootstrapDataSecretCreated'),
  move('status.infrastructureReady', 'status.initialization.infrastructureProvisioned'),
  ...conditionRules,
  ...failureRules,
];

export const machinePoolRules: ConversionRule[] = [
  templateSpec,
  move('spec.minReadySeconds', 'spec.template.spec.minReadySeconds'),
  move('status.bootstrapReady', 'status.initialization.bootstrapDataSecretCreated'),
  move('status.infrastructureReady', 'status.initialization.infrastructureProvisioned'),
  ...conditionRules,
  ...failureRules,
  ...replicaCounterRules(['readyReplicas', 'availableReplicas', 'unavailableReplicas']),
];

export const machineHealthCheckRules: ConversionRule[] = [within('spec', 'spec', healthCheckRules), ...conditionRules];
