// Rule fragments shared by several CAPI kinds.
import { contractRef, drop, duration, each, move, templateRef, within, type ConversionRule } from './conversion-rule';

/** v1beta1 status.conditions (with severity) live in v1beta2 under status.deprecated.v1beta1; v1beta2 conditions under v1beta1 status.v1beta2. */
export const conditionRules: ConversionRule[] = [
  move('status.conditions', 'status.deprecated.v1beta1.conditions'),
  move('status.v1beta2.conditions', 'status.conditions'),
];

export const failureRules: ConversionRule[] = [
  move('status.failureReason', 'status.deprecated.v1beta1.failureReason'),
  move('status.failureMessage', 'status.deprecated.v1beta1.failureMessage'),
];

/** Old replica counters move to status.deprecated.v1beta1, the new-semantics ones up from status.v1beta2. */
export function replicaCounterRules(legacy: string[]): ConversionRule[] {
  return [
    ...legacy.map((name) => move(`status.${name}`, `status.deprecated.v1beta1.${name}`)),
    move('status.v1beta2.readyReplicas', 'status.readyReplicas'),
    move('status.v1beta2.availableReplicas', 'status.availableReplicas'),
    move('status.v1beta2.upToDateReplicas', 'status.upToDateReplicas'),
  ];
}

export const deletionTimeoutRules: ConversionRule[] = [
  duration('nodeDrainTimeout', 'deletion.nodeDrainTimeoutSeconds'),
  duration('nodeVolumeDetachTimeout', 'deletion.nodeVolumeDetachTimeoutSeconds'),
  duration('nodeDeletionTimeout', 'deletion.nodeDeletionTimeoutSeconds'),
];

/** MachineSpec, at the scope of a Machine's spec or a template's spec.template.spec */
export const machineSpecRules: ConversionRule[] = [
  contractRef('bootstrap.configRef'),
  contractRef('infrastructureRef'),
  ...deletionTimeoutRules,
];

const unhealthyConditionRules: ConversionRule[] = [duration('timeout', 'timeoutSeconds')];

/** MachineHealthCheck settings: v1beta1 flat fields <-> v1beta2 checks/remediation */
export const healthCheckRules: ConversionRule[] = [
  move('enable', 'enabled'),
  duration('nodeStartupTimeout', 'checks.nodeStartupTimeoutSeconds'),
  each('unhealthyConditions', 'checks.unhealthyNodeConditions', unhealthyConditionRules),
  each('unhealthyMachineConditions', 'checks.unhealthyMachineConditions', unhealthyConditionRules),
  move('maxUnhealthy', 'remediation.triggerIf.unhealthyLessThanOrEqualTo'),
  move('unhealthyRange', 'remediation.triggerIf.unhealthyInRange'),
  templateRef('remediationTemplate', 'remediation.templateRef'),
];

/** A MachineDeployment-like rollout: strategy split into rollout.strategy, remediation and deletion.order */
export function rolloutStrategyRules(remediationTo: string): ConversionRule[] {
  return [
    move('strategy.remediation.maxInFlight', remediationTo),
    move('strategy.rollingUpdate.deletePolicy', 'deletion.order'),
    move('strategy', 'rollout.strategy'),
  ];
}

/** topology variables and overrides lost definitionFrom in v1beta2 */
export const variableRules: ConversionRule[] = [each('variables', 'variables', [drop('definitionFrom')])];
export const overrideRules: ConversionRule[] = [each('variables.overrides', 'variables.overrides', [drop('definitionFrom')])];

export function healthCheckWithin(v1beta1: string, v1beta2: string): ConversionRule {
  return within(v1beta1, v1beta2, healthCheckRules);
}
