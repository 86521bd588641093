// Which kinds convert between v1beta1 and v1beta2, and with which rules. Kinds of these groups
// not listed (provider kinds such as AWSCluster) keep their single version and are not converted.
import type { ConversionRule } from './conversion-rule';
import { clusterRules } from './rules-cluster';
import { clusterClassRules } from './rules-cluster-class';
import { conditionRules } from './rules-common';
import { devClusterRules, devClusterTemplateRules, dockerClusterRules, dockerClusterTemplateRules, infraMachineRules } from './rules-infrastructure';
import { kubeadmConfigRules, kubeadmConfigTemplateRules, kubeadmControlPlaneRules, kubeadmControlPlaneTemplateRules } from './rules-kubeadm';
import { machineDeploymentRules, machineHealthCheckRules, machinePoolRules, machineRules, machineSetRules } from './rules-machines';

const KIND_RULES: Record<string, Record<string, ConversionRule[]>> = {
  'cluster.x-k8s.io': {
    Cluster: clusterRules,
    ClusterClass: clusterClassRules,
    MachineDeployment: machineDeploymentRules,
    MachineSet: machineSetRules,
    Machine: machineRules,
    MachinePool: machinePoolRules,
    MachineHealthCheck: machineHealthCheckRules,
    MachineDrainRule: [],
  },
  'controlplane.cluster.x-k8s.io': {
    KubeadmControlPlane: kubeadmControlPlaneRules,
    KubeadmControlPlaneTemplate: kubeadmControlPlaneTemplateRules,
  },
  'bootstrap.cluster.x-k8s.io': {
    KubeadmConfig: kubeadmConfigRules,
    KubeadmConfigTemplate: kubeadmConfigTemplateRules,
  },
  'infrastructure.cluster.x-k8s.io': {
    DockerCluster: dockerClusterRules,
    DockerClusterTemplate: dockerClusterTemplateRules,
    DockerMachine: infraMachineRules,
    DockerMachineTemplate: [],
    DockerMachinePool: conditionRules,
    DockerMachinePoolTemplate: [],
    DevCluster: devClusterRules,
    DevClusterTemplate: devClusterTemplateRules,
    DevMachine: infraMachineRules,
    DevMachineTemplate: [],
  },
  'ipam.cluster.x-k8s.io': {
    IPAddress: [],
    IPAddressClaim: conditionRules,
  },
  'addons.cluster.x-k8s.io': {
    ClusterResourceSet: conditionRules,
    ClusterResourceSetBinding: [],
  },
};

export function rulesFor(options: { group: string; kind: string }): ConversionRule[] | undefined {
  return KIND_RULES[options.group]?.[options.kind];
}
