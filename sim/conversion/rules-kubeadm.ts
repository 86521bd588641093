// KubeadmControlPlane(+Template) and KubeadmConfig(+Template) v1beta1 <-> v1beta2
// (CAPI api/controlplane/kubeadm and api/bootstrap/kubeadm conversions).
import { contractRef, drop, duration, each, move, within, type ConversionRule } from './conversion-rule';
import { conditionRules, deletionTimeoutRules, failureRules } from './rules-common';

const argsMap = (path: string): ConversionRule => ({ op: 'argsMap', path });

const kubeadmConfigSpec: ConversionRule[] = [
  argsMap('clusterConfiguration.apiServer.extraArgs'),
  argsMap('clusterConfiguration.controllerManager.extraArgs'),
  argsMap('clusterConfiguration.scheduler.extraArgs'),
  argsMap('clusterConfiguration.etcd.local.extraArgs'),
  argsMap('initConfiguration.nodeRegistration.kubeletExtraArgs'),
  argsMap('joinConfiguration.nodeRegistration.kubeletExtraArgs'),
  duration('clusterConfiguration.apiServer.timeoutForControlPlane', 'initConfiguration.timeouts.controlPlaneComponentHealthCheckSeconds'),
  duration('joinConfiguration.discovery.timeout', 'joinConfiguration.timeouts.tlsBootstrapSeconds'),
  each('initConfiguration.bootstrapTokens', 'initConfiguration.bootstrapTokens', [duration('ttl', 'ttlSeconds')]),
  drop('clusterConfiguration.apiVersion'),
  drop('clusterConfiguration.kind'),
  drop('clusterConfiguration.clusterName'),
  drop('clusterConfiguration.kubernetesVersion'),
  drop('clusterConfiguration.networking'),
  drop('initConfiguration.apiVersion'),
  drop('initConfiguration.kind'),
  drop('joinConfiguration.apiVersion'),
  drop('joinConfiguration.kind'),
  drop('useExperimentalRetryJoin'),
];

/** KubeadmControlPlaneSpec minus the machine template's infrastructureRef/readinessGates (shared with the template kind) */
function controlPlaneSpec(options: { infrastructure: boolean }): ConversionRule[] {
  const machineTemplate: ConversionRule[] = [
    ...deletionTimeoutRules.map((r) => (r.op === 'duration' ? { ...r, v1beta2: `spec.${r.v1beta2}` } : r)),
    move('taints', 'spec.taints'),
    ...(options.infrastructure ? [contractRef('infrastructureRef', 'spec.infrastructureRef'), move('readinessGates', 'spec.readinessGates')] : []),
  ];
  return [
    within('machineTemplate', 'machineTemplate', machineTemplate),
    within('kubeadmConfigSpec', 'kubeadmConfigSpec', kubeadmConfigSpec),
    move('machineNamingStrategy', 'machineNaming'),
    within('remediationStrategy', 'remediation', [
      duration('minHealthyPeriod', 'minHealthyPeriodSeconds'),
      duration('retryPeriod', 'retryPeriodSeconds'),
    ]),
    move('rolloutAfter', 'rollout.after'),
    move('rolloutBefore', 'rollout.before'),
    move('rolloutStrategy', 'rollout.strategy'),
  ];
}

export const kubeadmControlPlaneRules: ConversionRule[] = [
  within('spec', 'spec', controlPlaneSpec({ infrastructure: true })),
  move('status.initialized', 'status.initialization.controlPlaneInitialized'),
  drop('status.ready'),
  move('status.lastRemediation.timestamp', 'status.lastRemediation.time'),
  ...conditionRules,
  ...failureRules,
  move('status.readyReplicas', 'status.deprecated.v1beta1.readyReplicas'),
  move('status.updatedReplicas', 'status.deprecated.v1beta1.updatedReplicas'),
  move('status.unavailableReplicas', 'status.deprecated.v1beta1.unavailableReplicas'),
  move('status.v1beta2.readyReplicas', 'status.readyReplicas'),
  move('status.v1beta2.availableReplicas', 'status.availableReplicas'),
  move('status.v1beta2.upToDateReplicas', 'status.upToDateReplicas'),
];

export const kubeadmControlPlaneTemplateRules: ConversionRule[] = [
  within('spec.template.spec', 'spec.template.spec', controlPlaneSpec({ infrastructure: false })),
];

export const kubeadmConfigRules: ConversionRule[] = [
  within('spec', 'spec', kubeadmConfigSpec),
  move('status.ready', 'status.initialization.dataSecretCreated'),
  ...conditionRules,
  ...failureRules,
];

export const kubeadmConfigTemplateRules: ConversionRule[] = [within('spec.template.spec', 'spec.template.spec', kubeadmConfigSpec)];
