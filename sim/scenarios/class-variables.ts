// Topology variable values a team would set for each class (required ones always present).
import type { ScenarioRandom } from './create-random';
import type { ClassName } from './load-cluster-classes';

export type TopologyVariable = { name: string; value: unknown };

const AWS_REGIONS: Record<string, string> = { 'eu-west': 'eu-west-1', 'us-east': 'us-east-1', 'ap-south': 'ap-south-1' };
const AZURE_LOCATIONS: Record<string, string> = { 'eu-west': 'westeurope', 'us-east': 'eastus', 'ap-south': 'centralindia' };
const DATACENTERS: Record<string, string> = { 'eu-west': 'dc1', 'us-east': 'dc2', 'ap-south': 'dc-bangalore' };

export function buildClassVariables(options: { className: ClassName; random: ScenarioRandom; team: string; site: string; minor: number }): TopologyVariable[] {
  const { random, team, site } = options;
  switch (options.className) {
    case 'quick-start':
      return [
        { name: 'imageRepository', value: '' },
        { name: 'etcdImageTag', value: '' },
        { name: 'coreDNSImageTag', value: '' },
        { name: 'podSecurityStandard', value: { enabled: true, enforce: 'baseline', audit: 'restricted', warn: 'restricted' } },
      ];
    case 'aws-standard':
      return [
        { name: 'region', value: AWS_REGIONS[site] ?? 'eu-west-1' },
        { name: 'owner', value: team },
        { name: 'controlPlaneInstanceType', value: random.pick(['m6i.large', 'm7i.large', 'm6i.xlarge']) },
        { name: 'workerInstanceType', value: random.pick(['m6i.xlarge', 'c7i.2xlarge', 'r6i.xlarge']) },
        { name: 'network', value: { vpcCidr: `10.${random.int(16, 250)}.0.0/16`, availabilityZoneCount: 3, natGateway: { mode: random.pick(['single', 'per-az']) } } },
        { name: 'additionalTags', value: { 'cost-center': `cc-${random.int(1000, 9999)}`, team } },
      ];
    case 'azure-standard':
      return [
        { name: 'location', value: AZURE_LOCATIONS[site] ?? 'eastus' },
        { name: 'subscriptionID', value: random.uuid() },
        { name: 'vmSize', value: random.pick(['Standard_D4s_v5', 'Standard_D8s_v5', 'Standard_E8s_v5']) },
        { name: 'osDisk', value: { sizeGB: random.pick([128, 256]), storageAccountType: 'Premium_LRS' } },
      ];
    case 'vsphere-standard':
      return [
        { name: 'vcenterServer', value: `vcenter.${DATACENTERS[site] ?? 'dc1'}.example.internal` },
        { name: 'controlPlaneEndpointIP', value: `10.40.${random.int(0, 254)}.${random.int(10, 250)}` },
        { name: 'datacenter', value: DATACENTERS[site] ?? 'dc1' },
        { name: 'vmTemplate', value: `ubuntu-2204-kube-v1.${options.minor}.0` },
        { name: 'workerSize', value: { numCPUs: random.pick([4, 8]), memoryMiB: random.pick([16384, 32768]), diskGiB: 100 } },
      ];
  }
}
