// The infrastructure providers the scenario classes use: kinds, provider IDs and the status a
// reconciled infra object reports (v1beta2-contract providers vs v1beta1-contract ones differ).
import type { ScenarioRandom } from './create-random';
import { condition } from './conditions';

export type InfraProviderId = 'docker' | 'aws' | 'azure' | 'vsphere';

export interface InfraProvider {
  id: InfraProviderId;
  apiVersion: string;
  clusterKind: string;
  machineKind: string;
  providerID(options: { random: ScenarioRandom; machineName: string; region: string }): string;
  clusterStatus(at: string): Record<string, unknown>;
  machineStatus(options: { at: string; ip: string; hostname: string }): Record<string, unknown>;
  /** Fields the provider's defaulting webhook fills in on the infra cluster. */
  defaultClusterSpec?(spec: Record<string, unknown>, clusterName: string): Record<string, unknown>;
}

const v1beta2Contract = {
  clusterStatus: (at: string) => ({ initialization: { provisioned: true }, conditions: [condition({ type: 'Ready', reason: 'Ready', at })] }),
  machineStatus: ({ at, ip, hostname }: { at: string; ip: string; hostname: string }) => ({
    initialization: { provisioned: true },
    addresses: [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: hostname }],
    conditions: [condition({ type: 'Ready', reason: 'Ready', at })],
  }),
};

const v1beta1Conditions = (at: string, types: string[]) => types.map((type) => ({ type, status: 'True', lastTransitionTime: at }));

export const INFRA_PROVIDERS: Record<InfraProviderId, InfraProvider> = {
  docker: {
    id: 'docker', apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', clusterKind: 'DevCluster', machineKind: 'DevMachine',
    providerID: ({ machineName }) => `docker:////${machineName}`,
    ...v1beta2Contract,
  },
  vsphere: {
    id: 'vsphere', apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', clusterKind: 'VSphereCluster', machineKind: 'VSphereMachine',
    providerID: ({ random }) => `vsphere://${random.uuid()}`,
    ...v1beta2Contract,
  },
  aws: {
    id: 'aws', apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2', clusterKind: 'AWSCluster', machineKind: 'AWSMachine',
    providerID: ({ random, region }) => `aws:///${region}${random.pick(['a', 'b', 'c'])}/i-0${random.hex(16)}`,
    clusterStatus: (at) => ({ ready: true, conditions: v1beta1Conditions(at, ['Ready', 'VpcReady', 'SubnetsReady', 'LoadBalancerReady']) }),
    machineStatus: ({ at, ip, hostname }) => ({
      ready: true, instanceState: 'running',
      addresses: [{ type: 'InternalIP', address: ip }, { type: 'InternalDNS', address: hostname }],
      conditions: v1beta1Conditions(at, ['Ready', 'InstanceReady', 'SecurityGroupsReady']),
    }),
  },
  azure: {
    id: 'azure', apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1', clusterKind: 'AzureCluster', machineKind: 'AzureMachine',
    providerID: ({ random, machineName }) => `azure:///subscriptions/${random.uuid()}/resourceGroups/rg-k8s/providers/Microsoft.Compute/virtualMachines/${machineName}`,
    clusterStatus: (at) => ({ ready: true, conditions: v1beta1Conditions(at, ['Ready', 'NetworkInfrastructureReady']) }),
    defaultClusterSpec: (spec, clusterName) => {
      const networkSpec = (spec.networkSpec ?? {}) as Record<string, unknown>;
      const vnet = (networkSpec.vnet ?? {}) as Record<string, unknown>;
      return { ...spec, resourceGroup: clusterName, networkSpec: { ...networkSpec, vnet: { name: `${clusterName}-vnet`, ...vnet } } };
    },
    machineStatus: ({ at, ip, hostname }) => ({
      ready: true, vmState: 'Succeeded',
      addresses: [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: hostname }],
      conditions: v1beta1Conditions(at, ['Ready', 'VMRunning']),
    }),
  },
};
