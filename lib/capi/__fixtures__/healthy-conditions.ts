import { c, type Cond } from './make-objects';

/** Conditions the CAPI v1.11+ controllers set on a healthy, idle object (api/core/v1beta2/*_types.go reasons). */
const idle = (): Cond[] => [
  c('RollingOut=False', { reason: 'NotRollingOut' }),
  c('ScalingUp=False', { reason: 'NotScalingUp' }),
  c('ScalingDown=False', { reason: 'NotScalingDown' }),
  c('Remediating=False', { reason: 'NotRemediating' }),
  c('Deleting=False', { reason: 'NotDeleting' }),
  c('Paused=False', { reason: 'NotPaused' }),
];

export const healthyV1beta2 = {
  Cluster: (): Cond[] => [
    c('Available=True', { reason: 'Available' }),
    c('InfrastructureReady=True', { reason: 'Ready' }),
    c('ControlPlaneInitialized=True', { reason: 'Initialized' }),
    c('ControlPlaneAvailable=True', { reason: 'Available' }),
    c('WorkersAvailable=True', { reason: 'Available' }),
    c('MachinesReady=True', { reason: 'Ready' }),
    c('MachinesUpToDate=True', { reason: 'UpToDate' }),
    c('RemoteConnectionProbe=True', { reason: 'ProbeSucceeded' }),
    c('TopologyReconciled=True', { reason: 'ReconcileSucceeded' }),
    ...idle(),
  ],
  KubeadmControlPlane: (): Cond[] => [
    c('Available=True', { reason: 'Available' }),
    c('CertificatesAvailable=True', { reason: 'Available' }),
    c('Initialized=True', { reason: 'Initialized' }),
    c('EtcdClusterHealthy=True', { reason: 'Healthy' }),
    c('ControlPlaneComponentsHealthy=True', { reason: 'Healthy' }),
    c('MachinesReady=True', { reason: 'Ready' }),
    c('MachinesUpToDate=True', { reason: 'UpToDate' }),
    ...idle(),
  ],
  MachineDeployment: (): Cond[] => [
    c('Available=True', { reason: 'Available' }),
    c('MachinesReady=True', { reason: 'Ready' }),
    c('MachinesUpToDate=True', { reason: 'UpToDate' }),
    ...idle(),
  ],
  MachineSet: (): Cond[] => [
    c('MachinesReady=True', { reason: 'Ready' }),
    c('MachinesUpToDate=True', { reason: 'UpToDate' }),
    ...idle().filter((x) => x.type !== 'RollingOut'),
  ],
  Machine: (controlPlane: boolean): Cond[] => [
    c('Available=True', { reason: 'Available' }),
    c('Ready=True', { reason: 'Ready' }),
    c('UpToDate=True', { reason: 'UpToDate' }),
    c('BootstrapConfigReady=True', { reason: 'Ready' }),
    c('InfrastructureReady=True', { reason: 'Ready' }),
    c('NodeReady=True', { reason: 'NodeReady' }),
    c('NodeHealthy=True', { reason: 'NodeHealthy' }),
    c('Deleting=False', { reason: 'NotDeleting' }),
    c('Paused=False', { reason: 'NotPaused' }),
    ...(controlPlane
      ? ['APIServerPodHealthy', 'ControllerManagerPodHealthy', 'SchedulerPodHealthy', 'EtcdPodHealthy', 'EtcdMemberHealthy'].map((t) =>
          c(`${t}=True`, { reason: t.endsWith('MemberHealthy') ? 'Healthy' : 'Running' }),
        )
      : []),
  ],
};

/** Conditions CAPI ≤ 1.10 controllers set on the v1beta1 API (cluster-api api/v1beta1/condition_consts.go). */
export const healthyV1beta1 = {
  Cluster: (): Cond[] => ['Ready', 'InfrastructureReady', 'ControlPlaneInitialized', 'ControlPlaneReady', 'TopologyReconciled'].map((t) => c(`${t}=True`)),
  KubeadmControlPlane: (): Cond[] =>
    ['Ready', 'Available', 'CertificatesAvailable', 'MachinesCreated', 'MachinesReady', 'MachinesSpecUpToDate', 'Resized', 'ControlPlaneComponentsHealthy', 'EtcdClusterHealthy'].map((t) => c(`${t}=True`)),
  MachineDeployment: (): Cond[] => ['Ready', 'Available', 'MachineSetReady'].map((t) => c(`${t}=True`)),
  MachineSet: (): Cond[] => ['Ready', 'MachinesCreated', 'MachinesReady', 'Resized'].map((t) => c(`${t}=True`)),
  Machine: (controlPlane: boolean): Cond[] =>
    [
      'Ready', 'BootstrapReady', 'InfrastructureReady', 'NodeHealthy',
      ...(controlPlane ? ['APIServerPodHealthy', 'ControllerManagerPodHealthy', 'SchedulerPodHealthy', 'EtcdPodHealthy', 'EtcdMemberHealthy'] : []),
    ].map((t) => c(`${t}=True`)),
  /** Provider objects (CAPA/CAPZ/CAPV/CAPD) still report v1beta1-style conditions. */
  Provider: (extra: string): Cond[] => ['Ready', extra].map((t) => c(`${t}=True`)),
};
