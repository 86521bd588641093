import { type ServedVersion } from './types';

/** Kinds whose status layout follows the Cluster API version they are served in (v1beta1 ↔ v1beta2 conversion). */
const CORE_KINDS_BY_GROUP: Record<string, readonly string[]> = {
  'cluster.x-k8s.io': [
    'Cluster', 'ClusterClass', 'Machine', 'MachineSet', 'MachineDeployment', 'MachinePool',
    'MachineHealthCheck', 'MachineDrainRule',
  ],
  'controlplane.cluster.x-k8s.io': ['KubeadmControlPlane', 'KubeadmControlPlaneTemplate'],
  'bootstrap.cluster.x-k8s.io': ['KubeadmConfig', 'KubeadmConfigTemplate'],
  'addons.cluster.x-k8s.io': ['ClusterResourceSet', 'ClusterResourceSetBinding'],
  'ipam.cluster.x-k8s.io': ['IPAddress', 'IPAddressClaim'],
  'runtime.cluster.x-k8s.io': ['ExtensionConfig'],
};

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  if (slash === -1) return { group: '', version: apiVersion };
  return { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

export function servedVersionOf(options: { apiVersion: string; kind: string }): ServedVersion {
  const { group, version } = splitApiVersion(options.apiVersion);
  const coreKinds = CORE_KINDS_BY_GROUP[group];
  if (!coreKinds?.includes(options.kind)) return 'other';
  if (version === 'v1beta1' || version === 'v1beta2') return version;
  return 'other';
}
