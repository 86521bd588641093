// Names the real controllers use for labels, annotations, finalizers and API groups.

export const CORE_GROUP = 'cluster.x-k8s.io';
export const CORE_API_VERSION = 'cluster.x-k8s.io/v1beta2';
export const CONTROL_PLANE_GROUP = 'controlplane.cluster.x-k8s.io';
export const CONTROL_PLANE_API_VERSION = 'controlplane.cluster.x-k8s.io/v1beta2';
export const BOOTSTRAP_GROUP = 'bootstrap.cluster.x-k8s.io';
export const BOOTSTRAP_API_VERSION = 'bootstrap.cluster.x-k8s.io/v1beta2';
export const INFRA_GROUP = 'infrastructure.cluster.x-k8s.io';

export const LABEL_CLUSTER_NAME = 'cluster.x-k8s.io/cluster-name';
export const LABEL_CONTROL_PLANE = 'cluster.x-k8s.io/control-plane';
export const LABEL_CONTROL_PLANE_NAME = 'cluster.x-k8s.io/control-plane-name';
export const LABEL_DEPLOYMENT_NAME = 'cluster.x-k8s.io/deployment-name';
export const LABEL_SET_NAME = 'cluster.x-k8s.io/set-name';
export const LABEL_MD_TEMPLATE_HASH = 'machine-template-hash';
export const LABEL_TOPOLOGY_OWNED = 'topology.cluster.x-k8s.io/owned';
export const LABEL_TOPOLOGY_DEPLOYMENT = 'topology.cluster.x-k8s.io/deployment-name';
export const ANNOTATION_PAUSED = 'cluster.x-k8s.io/paused';
export const ANNOTATION_CLONED_FROM_NAME = 'cluster.x-k8s.io/cloned-from-name';
export const ANNOTATION_CLONED_FROM_GROUPKIND = 'cluster.x-k8s.io/cloned-from-groupkind';
export const ANNOTATION_DELETE_MACHINE = 'cluster.x-k8s.io/delete-machine';
export const ANNOTATION_REMEDIATE_MACHINE = 'cluster.x-k8s.io/remediate-machine';

export const FINALIZER_CLUSTER = 'cluster.cluster.x-k8s.io';
export const FINALIZER_MACHINE = 'machine.cluster.x-k8s.io';
export const FINALIZER_MACHINE_SET = 'cluster.x-k8s.io/machineset';
export const FINALIZER_MACHINE_DEPLOYMENT = 'cluster.x-k8s.io/machinedeployment';
export const FINALIZER_KCP = 'kubeadm.controlplane.cluster.x-k8s.io';
/** the finalizer the stuck-deletion fault adds and never removes */
export const FINALIZER_STUCK = 'sim.quarterdeck.dev/stuck';

export const INFRA_CLUSTER_KINDS = ['DockerCluster', 'DevCluster', 'AWSCluster', 'AzureCluster', 'VSphereCluster', 'GCPCluster', 'OpenStackCluster'] as const;
export const INFRA_MACHINE_KINDS = ['DockerMachine', 'DevMachine', 'AWSMachine', 'AzureMachine', 'VSphereMachine', 'GCPMachine', 'OpenStackMachine'] as const;

export type Provider = 'docker' | 'aws' | 'azure' | 'vsphere' | 'gcp' | 'openstack';

export function providerOfKind(kind: string): Provider {
  if (kind.startsWith('AWS')) return 'aws';
  if (kind.startsWith('Azure')) return 'azure';
  if (kind.startsWith('VSphere')) return 'vsphere';
  if (kind.startsWith('GCP')) return 'gcp';
  if (kind.startsWith('OpenStack')) return 'openstack';
  return 'docker';
}

export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}
