import { type CapiVersion } from './make-objects';

export type ProviderName = 'docker' | 'aws' | 'azure' | 'vsphere';

export interface ProviderKinds {
  group: string;
  version: (capi: CapiVersion) => string;
  clusterKind: string;
  machineKind: string;
  /** The provider condition that says whether the instance/VM runs (v1beta1-style, with severity). */
  machineCondition: string;
}

export const PROVIDERS: Record<ProviderName, ProviderKinds> = {
  docker: { group: 'infrastructure.cluster.x-k8s.io', version: (capi) => capi, clusterKind: 'DockerCluster', machineKind: 'DockerMachine', machineCondition: 'ContainerProvisioned' },
  aws: { group: 'infrastructure.cluster.x-k8s.io', version: () => 'v1beta2', clusterKind: 'AWSCluster', machineKind: 'AWSMachine', machineCondition: 'InstanceReady' },
  azure: { group: 'infrastructure.cluster.x-k8s.io', version: () => 'v1beta1', clusterKind: 'AzureCluster', machineKind: 'AzureMachine', machineCondition: 'VMRunning' },
  vsphere: { group: 'infrastructure.cluster.x-k8s.io', version: () => 'v1beta1', clusterKind: 'VSphereCluster', machineKind: 'VSphereMachine', machineCondition: 'VMProvisioned' },
};
