// A classic (non-topology) CAPA cluster: AWSCluster + KubeadmControlPlane with an AWSMachineTemplate.
import type { KubeObject } from '../../core/kube-object';

const meta = (name: string, extra: Partial<KubeObject['metadata']> = {}): KubeObject['metadata'] => ({ name, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '', ...extra });

export function buildAwsCluster(options: { name: string; annotations?: Record<string, string>; replicas?: number }): KubeObject[] {
  const { name } = options;
  const labels = { 'cluster.x-k8s.io/cluster-name': name };
  return [
    { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', kind: 'AWSCluster', metadata: meta(name, { labels }), spec: { region: 'us-east-1', sshKeyName: 'default' } },
    { apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', kind: 'AWSMachineTemplate', metadata: meta(`${name}-control-plane`), spec: { template: { spec: { instanceType: 'm5.large', iamInstanceProfile: 'control-plane.cluster-api-provider-aws.sigs.k8s.io', sshKeyName: 'default' } } } },
    {
      apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2',
      kind: 'KubeadmControlPlane',
      metadata: meta(`${name}-control-plane`, { labels }),
      spec: { replicas: options.replicas ?? 1, version: 'v1.34.0', machineTemplate: { spec: { infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'AWSMachineTemplate', name: `${name}-control-plane` } } }, kubeadmConfigSpec: { clusterConfiguration: {}, initConfiguration: {}, joinConfiguration: {} } },
    },
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: meta(name, { annotations: options.annotations }),
      spec: {
        clusterNetwork: { pods: { cidrBlocks: ['192.168.0.0/16'] } },
        infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'AWSCluster', name },
        controlPlaneRef: { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: `${name}-control-plane` },
      },
    },
  ];
}
