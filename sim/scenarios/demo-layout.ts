// The fixed shape of the demo fleet: three management clusters and 40 workload-cluster slots.
// The seed varies names, teams, versions, sizes and ages; the mix of states stays the same.
import type { ObjectFault } from '../core/fault-names';
import type { InstalledProvider } from './build-provider-inventory';
import { capiProviders, infraProvider } from './build-provider-inventory';
import type { InfraProviderId } from './infra-providers';
import type { ClassName } from './load-cluster-classes';
import type { CapiApi } from './types';

/**
 * running: pre-created fully reconciled with backdated timestamps (history);
 * provisioning: only the topology Cluster is created, the controllers build the rest live;
 * upgrading: reconciled at an older version, then spec.topology.version is raised;
 * deleting: reconciled, then deleted once seeded.
 */
export type SlotState = 'running' | 'provisioning' | 'upgrading' | 'deleting';

export interface DemoSlot {
  className: ClassName;
  state: SlotState;
  fault?: ObjectFault;
  /** workers one minor behind the control plane (a classic cluster, upgraded by hand) */
  workersBehind?: boolean;
  /** control plane v1.35 with workers four minors behind: a kubelet version-skew violation (classic cluster) */
  kubeletSkewViolation?: boolean;
  /** topology asks for one worker less than exist, so a Machine gets drained */
  scaleDown?: boolean;
}

export interface DemoManagementCluster {
  name: string;
  displayName: string;
  site: string;
  region: string;
  environment: string;
  capiApi: CapiApi;
  providers: InstalledProvider[];
  classes: ClassName[];
  /** Kubernetes minor versions its clusters run */
  minors: number[];
  slots: DemoSlot[];
}

const INFRA_OF: Record<ClassName, InfraProviderId> = { 'quick-start': 'docker', 'aws-standard': 'aws', 'azure-standard': 'azure', 'vsphere-standard': 'vsphere' };
export const infraOfClass = (name: ClassName): InfraProviderId => INFRA_OF[name];

const run = (className: ClassName, extra: Partial<DemoSlot> = {}): DemoSlot => ({ className, state: 'running', ...extra });
const live = (className: ClassName, fault?: ObjectFault): DemoSlot => ({ className, state: 'provisioning', ...(fault ? { fault } : {}) });

export const DEMO_LAYOUT: DemoManagementCluster[] = [
  {
    name: 'mgmt-eu-west', displayName: 'EU West (Dublin)', site: 'eu-west', region: 'eu-west-1', environment: 'production', capiApi: 'v1beta2',
    providers: [...capiProviders('v1.14.0'), infraProvider('aws', 'v2.11.1'), infraProvider('docker', 'v1.14.0')],
    classes: ['quick-start', 'aws-standard'], minors: [31, 32, 33, 34, 35],
    slots: [
      run('aws-standard'), run('aws-standard'), run('aws-standard', { workersBehind: true }), run('aws-standard'), run('aws-standard'),
      run('quick-start'), run('quick-start'),
      { className: 'aws-standard', state: 'upgrading' },
      { className: 'aws-standard', state: 'upgrading', fault: 'etcd-unhealthy' },
      run('aws-standard', { fault: 'mhc-remediation-storm' }),
      live('aws-standard', 'infra-quota'), live('quick-start', 'missing-cni'), live('quick-start'), live('aws-standard'),
      run('aws-standard', { kubeletSkewViolation: true }),
      { className: 'quick-start', state: 'deleting' },
    ],
  },
  {
    name: 'mgmt-us-east', displayName: 'US East (Virginia)', site: 'us-east', region: 'us-east-1', environment: 'production', capiApi: 'v1beta2',
    providers: [...capiProviders('v1.14.0'), infraProvider('azure', 'v1.26.2'), infraProvider('vsphere', 'v1.16.0'), infraProvider('docker', 'v1.14.0')],
    classes: ['quick-start', 'azure-standard', 'vsphere-standard'], minors: [30, 31, 32, 33, 34, 35],
    slots: [
      run('azure-standard'), run('azure-standard'), run('azure-standard', { workersBehind: true }), run('azure-standard'),
      run('vsphere-standard'), run('vsphere-standard'), run('vsphere-standard'), run('quick-start'), run('quick-start'),
      run('azure-standard', { fault: 'drain-blocked', scaleDown: true }),
      live('azure-standard', 'credentials-expired'), live('vsphere-standard', 'no-control-plane-endpoint'), live('quick-start'), live('vsphere-standard'),
    ],
  },
  {
    name: 'mgmt-ap-south', displayName: 'AP South (Mumbai, CAPI v1.10)', site: 'ap-south', region: 'ap-south-1', environment: 'staging', capiApi: 'v1beta1-only',
    providers: [...capiProviders('v1.10.7'), infraProvider('vsphere', 'v1.13.1'), infraProvider('docker', 'v1.10.7')],
    classes: ['quick-start', 'vsphere-standard'], minors: [30, 31, 32, 33],
    slots: [
      run('vsphere-standard'), run('vsphere-standard'), run('vsphere-standard', { workersBehind: true }), run('vsphere-standard'),
      run('quick-start'), run('quick-start'), run('quick-start'),
      live('vsphere-standard', 'bootstrap-failure'), live('quick-start'),
      { className: 'vsphere-standard', state: 'deleting', fault: 'stuck-deletion' },
    ],
  },
];

export const TEAMS = ['payments', 'search', 'data', 'ml', 'web'] as const;
export const CLASS_NAMESPACE = 'quarterdeck-classes';
export const LATEST_PATCH: Record<number, number> = { 30: 14, 31: 13, 32: 9, 33: 5, 34: 2, 35: 0 };

export function kubernetesVersion(minor: number): string {
  return `v1.${minor}.${LATEST_PATCH[minor] ?? 0}`;
}
