// ClusterClass v1beta1 <-> v1beta2 (CAPI api/core/v1beta1/conversion.go).
import { each, move, templateRef, within, type ConversionRule } from './conversion-rule';
import { conditionRules, deletionTimeoutRules, healthCheckWithin, rolloutStrategyRules } from './rules-common';

const workerClassTemplates: ConversionRule[] = [
  templateRef('template.bootstrap.ref', 'bootstrap.templateRef'),
  templateRef('template.infrastructure.ref', 'infrastructure.templateRef'),
  move('template.metadata', 'metadata'),
  move('namingStrategy', 'naming'),
  ...deletionTimeoutRules,
];

const machineDeploymentClass: ConversionRule[] = [
  ...workerClassTemplates,
  healthCheckWithin('machineHealthCheck', 'healthCheck'),
  ...rolloutStrategyRules('healthCheck.remediation.maxInFlight'),
];

const controlPlaneClass: ConversionRule[] = [
  templateRef('ref', 'templateRef'),
  templateRef('machineInfrastructure.ref', 'machineInfrastructure.templateRef'),
  move('namingStrategy', 'naming'),
  ...deletionTimeoutRules,
  healthCheckWithin('machineHealthCheck', 'healthCheck'),
];

const variableMetadata: ConversionRule[] = [move('metadata', 'deprecatedV1Beta1Metadata')];

export const clusterClassRules: ConversionRule[] = [
  templateRef('spec.infrastructure.ref', 'spec.infrastructure.templateRef'),
  move('spec.infrastructureNamingStrategy', 'spec.infrastructure.naming'),
  within('spec.controlPlane', 'spec.controlPlane', controlPlaneClass),
  each('spec.workers.machineDeployments', 'spec.workers.machineDeployments', machineDeploymentClass),
  each('spec.workers.machinePools', 'spec.workers.machinePools', workerClassTemplates),
  each('spec.patches', 'spec.patches', [
    move('external.generateExtension', 'external.generatePatchesExtension'),
    move('external.validateExtension', 'external.validateTopologyExtension'),
  ]),
  each('spec.variables', 'spec.variables', variableMetadata),
  each('status.variables', 'status.variables', [each('definitions', 'definitions', variableMetadata)]),
  ...conditionRules,
];
