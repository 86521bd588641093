// Cluster v1beta1 <-> v1beta2 (CAPI api/core/v1beta1/conversion.go).
import { contractRef, drop, each, move, within, type ConversionRule } from './conversion-rule';
import {
  conditionRules, deletionTimeoutRules, failureRules, healthCheckWithin, overrideRules, rolloutStrategyRules, variableRules,
} from './rules-common';

const controlPlaneTopology: ConversionRule[] = [...deletionTimeoutRules, healthCheckWithin('machineHealthCheck', 'healthCheck'), ...overrideRules];

const machineDeploymentTopology: ConversionRule[] = [
  ...deletionTimeoutRules,
  healthCheckWithin('machineHealthCheck', 'healthCheck'),
  ...rolloutStrategyRules('healthCheck.remediation.maxInFlight'),
  ...overrideRules,
];

const machinePoolTopology: ConversionRule[] = [...deletionTimeoutRules, ...overrideRules];

const topology: ConversionRule[] = [
  move('class', 'classRef.name'),
  move('classNamespace', 'classRef.namespace'),
  drop('rolloutAfter'),
  within('controlPlane', 'controlPlane', controlPlaneTopology),
  each('workers.machineDeployments', 'workers.machineDeployments', machineDeploymentTopology),
  each('workers.machinePools', 'workers.machinePools', machinePoolTopology),
  ...variableRules,
];

export const clusterRules: ConversionRule[] = [
  contractRef('spec.controlPlaneRef'),
  contractRef('spec.infrastructureRef'),
  within('spec.topology', 'spec.topology', topology),
  ...conditionRules,
  ...failureRules,
  move('status.infrastructureReady', 'status.initialization.infrastructureProvisioned'),
  move('status.controlPlaneReady', 'status.initialization.controlPlaneInitialized'),
  { op: 'namedMap', path: 'status.failureDomains' },
  move('status.v1beta2.controlPlane', 'status.controlPlane'),
  move('status.v1beta2.workers', 'status.workers'),
];
