// One reconciled Machine with its infrastructure machine, KubeadmConfig and bootstrap data Secret.
import { type ClusterBuild, nextIp, seededMetadata, timeAfter } from './cluster-build';
import { condition, healthyConditions, v1beta1Ready } from './conditions';
import { controllerRef, groupOf, LABELS } from './naming';
import type { SeedObject } from './types';

export interface MachineOptions {
  build: ClusterBuild;
  name: string;
  owner: SeedObject;
  version: string;
  infraSpec: Record<string, unknown>;
  bootstrapSpec: Record<string, unknown>;
  labels: Record<string, string>;
  controlPlane: boolean;
  createdAfterSeconds: number;
}

const MACHINE_CONDITIONS = {
  Available: 'Available', Ready: 'Ready', UpToDate: 'UpToDate', BootstrapConfigReady: 'Ready', InfrastructureReady: 'Ready',
  NodeHealthy: 'NodeHealthy', NodeReady: 'NodeReady', Deleting: 'NotDeleting', Paused: 'NotPaused',
};

function nodeInfo(build: ClusterBuild, version: string): Record<string, string> {
  return {
    architecture: 'amd64', bootID: build.random.uuid(), containerRuntimeVersion: 'containerd://2.1.4', kernelVersion: '6.8.0-1036',
    kubeProxyVersion: version, kubeletVersion: version, machineID: build.random.hex(32), operatingSystem: 'linux',
    osImage: 'Ubuntu 24.04.3 LTS', systemUUID: build.random.uuid(),
  };
}

export function buildMachine(options: MachineOptions): SeedObject[] {
  const { build, name, version } = options;
  const after = options.createdAfterSeconds;
  const ready = timeAfter(build, after + 150);
  const ip = nextIp(build);
  const hostname = `ip-${ip.replaceAll('.', '-')}`;
  const providerID = build.provider.providerID({ random: build.random, machineName: name, region: build.region });
  const machine: SeedObject = {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'Machine',
    metadata: { ...seededMetadata(build, { name, createdAfterSeconds: after, labels: options.labels }), ownerReferences: [controllerRef(options.owner)], finalizers: ['machine.cluster.x-k8s.io'] },
    spec: {
      clusterName: build.clusterName,
      version,
      providerID,
      bootstrap: { configRef: { apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'KubeadmConfig', name }, dataSecretName: name },
      infrastructureRef: { apiGroup: groupOf(build.provider.apiVersion), kind: build.provider.machineKind, name },
    },
    status: {
      phase: 'Running',
      observedGeneration: 1,
      nodeRef: { name: hostname },
      nodeInfo: nodeInfo(build, version),
      addresses: [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: hostname }],
      initialization: { infrastructureProvisioned: true, bootstrapDataSecretCreated: true },
      lastUpdated: ready,
      ...(options.controlPlane ? { certificatesExpiryDate: new Date(build.createdAt.getTime() + 365 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
      conditions: healthyConditions(MACHINE_CONDITIONS, ready),
      deprecated: { v1beta1: v1beta1Ready(['BootstrapReady', 'InfrastructureReady', 'NodeHealthy'], ready) },
    },
  };
  const infraMachine: SeedObject = {
    apiVersion: build.provider.apiVersion,
    kind: build.provider.machineKind,
    metadata: {
      ...seededMetadata(build, { name, createdAfterSeconds: after, labels: options.labels }),
      ownerReferences: [controllerRef(machine)],
      finalizers: [`${build.provider.machineKind.toLowerCase()}.infrastructure.cluster.x-k8s.io`],
    },
    spec: { ...structuredClone(options.infraSpec), providerID },
    status: build.provider.machineStatus({ at: ready, ip, hostname }),
  };
  const config: SeedObject = {
    apiVersion: 'bootstrap.cluster.x-k8s.io/v1beta2',
    kind: 'KubeadmConfig',
    metadata: { ...seededMetadata(build, { name, createdAfterSeconds: after, labels: options.labels }), ownerReferences: [controllerRef(machine)] },
    spec: structuredClone(options.bootstrapSpec),
    status: { dataSecretName: name, observedGeneration: 1, initialization: { dataSecretCreated: true }, conditions: [condition({ type: 'Ready', reason: 'Ready', at: ready })] },
  };
  const secret: SeedObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'cluster.x-k8s.io/secret',
    metadata: { ...seededMetadata(build, { name, createdAfterSeconds: after + 20, labels: { [LABELS.clusterName]: build.clusterName } }), ownerReferences: [controllerRef(config)] },
    data: { format: 'Y2xvdWQtY29uZmln', value: 'I2Nsb3VkLWNvbmZpZwo=' },
  };
  return [machine, infraMachine, config, secret];
}
