import { healthyV1beta1, healthyV1beta2 } from './healthy-conditions';
import { CLUSTER_LABEL, type CapiVersion, type Cond, meta, type MetaOptions, type RawObject, ref, status } from './make-objects';
import { PROVIDERS, type ProviderName } from './providers';

const CORE = 'cluster.x-k8s.io';
const CP = 'controlplane.cluster.x-k8s.io';
const BOOTSTRAP = 'bootstrap.cluster.x-k8s.io';

interface Common extends MetaOptions {
  version: CapiVersion;
  cluster: string;
  v1beta2Conditions?: Cond[];
  v1beta1Conditions?: Cond[];
}

function labels(options: Common, extra: Record<string, string> = {}): Record<string, string> {
  return { [CLUSTER_LABEL]: options.cluster, ...options.labels, ...extra };
}

export function ownerOf(object: RawObject): { apiVersion: string; kind: string; name: string; uid: string } {
  const m = object.metadata as { name: string; uid: string };
  return { apiVersion: object.apiVersion as string, kind: object.kind as string, name: m.name, uid: m.uid };
}

export interface ClusterOptions extends Omit<Common, 'cluster'> {
  provider: ProviderName;
  className?: string;
  k8sVersion: string;
  cpReplicas: number;
  mds: { name: string; class?: string; replicas: number }[];
  paused?: boolean;
  phase?: string;
  controlPlaneCounters?: RawObject;
  workerCounters?: RawObject;
}

export function makeCluster(o: ClusterOptions): RawObject {
  const ns = o.namespace ?? 'default';
  const p = PROVIDERS[o.provider];
  const topologyClass = o.className
    ? o.version === 'v1beta2' ? { classRef: { name: o.className } } : { class: o.className }
    : undefined;
  return {
    apiVersion: `${CORE}/${o.version}`,
    kind: 'Cluster',
    metadata: meta({ ...o, labels: { ...o.labels } }),
    spec: {
      ...(o.paused ? { paused: true } : {}),
      controlPlaneRef: ref(o.version, { group: CP, providerVersion: o.version, kind: 'KubeadmControlPlane', name: `${o.name}-cp`, namespace: ns }),
      infrastructureRef: ref(o.version, { group: p.group, providerVersion: p.version(o.version), kind: p.clusterKind, name: o.name, namespace: ns }),
      ...(topologyClass
        ? { topology: { ...topologyClass, version: o.k8sVersion, controlPlane: { replicas: o.cpReplicas }, workers: { machineDeployments: o.mds.map((md) => ({ class: md.class ?? 'default-worker', name: md.name, replicas: md.replicas })) } } }
        : {}),
    },
    status: status({
      version: o.version,
      v1beta2Conditions: o.v1beta2Conditions ?? healthyV1beta2.Cluster(),
      v1beta1Conditions: o.v1beta1Conditions ?? healthyV1beta1.Cluster(),
      common: { phase: o.phase ?? 'Provisioned' },
      v1beta2Only: {
        ...(o.version === 'v1beta2' ? { initialization: { infrastructureProvisioned: true, controlPlaneInitialized: true } } : {}),
        controlPlane: o.controlPlaneCounters ?? { desiredReplicas: o.cpReplicas, replicas: o.cpReplicas, readyReplicas: o.cpReplicas, availableReplicas: o.cpReplicas, upToDateReplicas: o.cpReplicas },
        workers: o.workerCounters ?? counters(o.mds.reduce((sum, md) => sum + md.replicas, 0)),
      },
      v1beta1Only: o.version === 'v1beta1' ? { infrastructureReady: true, controlPlaneReady: true } : {},
    }),
  };
}

function counters(n: number): RawObject {
  return { desiredReplicas: n, replicas: n, readyReplicas: n, availableReplicas: n, upToDateReplicas: n };
}

function replicaStatus(version: CapiVersion, o: { replicas: number; ready?: number; available?: number; upToDate?: number }): Pick<Parameters<typeof status>[0], 'common' | 'v1beta2Only' | 'v1beta1Only'> {
  const ready = o.ready ?? o.replicas;
  const upToDate = o.upToDate ?? o.replicas;
  return {
    common: { replicas: o.replicas },
    v1beta2Only: { readyReplicas: ready, availableReplicas: o.available ?? ready, upToDateReplicas: upToDate },
    v1beta1Only: { readyReplicas: ready, availableReplicas: o.available ?? ready, updatedReplicas: upToDate, unavailableReplicas: o.replicas - (o.available ?? ready) },
  };
}

export interface ReplicatedOptions extends Common {
  k8sVersion: string;
  replicas: number;
  ready?: number;
  available?: number;
  upToDate?: number;
  observedVersion?: string;
  provider: ProviderName;
}

export function makeKcp(o: ReplicatedOptions): RawObject {
  const p = PROVIDERS[o.provider];
  const infraRef = { kind: `${p.machineKind}Template`, name: `${o.name}-tpl`, ...(o.version === 'v1beta2' ? { apiGroup: p.group } : { apiVersion: `${p.group}/${p.version(o.version)}`, namespace: o.namespace ?? 'default' }) };
  const rs = replicaStatus(o.version, o);
  return {
    apiVersion: `${CP}/${o.version}`,
    kind: 'KubeadmControlPlane',
    metadata: meta({ ...o, labels: labels(o) }),
    spec: { replicas: o.replicas, version: o.k8sVersion, machineTemplate: o.version === 'v1beta2' ? { spec: { infrastructureRef: infraRef } } : { infrastructureRef: infraRef } },
    status: status({
      version: o.version,
      v1beta2Conditions: o.v1beta2Conditions ?? healthyV1beta2.KubeadmControlPlane(),
      v1beta1Conditions: o.v1beta1Conditions ?? healthyV1beta1.KubeadmControlPlane(),
      common: { ...rs.common, version: o.observedVersion ?? o.k8sVersion },
      v1beta2Only: { ...rs.v1beta2Only, ...(o.version === 'v1beta2' ? { initialization: { controlPlaneInitialized: true } } : {}) },
      v1beta1Only: { ...rs.v1beta1Only, ...(o.version === 'v1beta1' ? { initialized: true, ready: true } : {}) },
    }),
  };
}

export function makeMachineDeployment(o: ReplicatedOptions & { set?: boolean; deploymentName?: string }): RawObject {
  const isSet = o.set === true;
  const rs = replicaStatus(o.version, o);
  const healthy2 = isSet ? healthyV1beta2.MachineSet() : healthyV1beta2.MachineDeployment();
  const healthy1 = isSet ? healthyV1beta1.MachineSet() : healthyV1beta1.MachineDeployment();
  const selector = isSet ? { [CLUSTER_LABEL]: o.cluster, 'cluster.x-k8s.io/set-name': o.name } : { [CLUSTER_LABEL]: o.cluster, 'cluster.x-k8s.io/deployment-name': o.name };
  return {
    apiVersion: `${CORE}/${o.version}`,
    kind: isSet ? 'MachineSet' : 'MachineDeployment',
    metadata: meta({ ...o, labels: labels(o, isSet && o.deploymentName ? { 'cluster.x-k8s.io/deployment-name': o.deploymentName } : {}) }),
    spec: { clusterName: o.cluster, replicas: o.replicas, selector: { matchLabels: selector }, template: { spec: { clusterName: o.cluster, version: o.k8sVersion } } },
    status: status({
      version: o.version,
      v1beta2Conditions: o.v1beta2Conditions ?? healthy2,
      v1beta1Conditions: o.v1beta1Conditions ?? healthy1,
      common: { ...rs.common, ...(isSet ? {} : { phase: 'Running' }) },
      v1beta2Only: rs.v1beta2Only,
      v1beta1Only: rs.v1beta1Only,
    }),
  };
}

export interface MachineOptions extends Common {
  provider: ProviderName;
  k8sVersion: string;
  kubeletVersion?: string | null;
  controlPlane: boolean;
  phase?: string;
  nodeName?: string | null;
}

export function makeMachine(o: MachineOptions): RawObject {
  const ns = o.namespace ?? 'default';
  const p = PROVIDERS[o.provider];
  const hasNode = o.nodeName !== null;
  return {
    apiVersion: `${CORE}/${o.version}`,
    kind: 'Machine',
    metadata: meta({ ...o, labels: labels(o, o.controlPlane ? { 'cluster.x-k8s.io/control-plane': '' } : {}) }),
    spec: {
      clusterName: o.cluster,
      version: o.k8sVersion,
      bootstrap: { configRef: ref(o.version, { group: BOOTSTRAP, providerVersion: o.version, kind: 'KubeadmConfig', name: o.name, namespace: ns }), dataSecretName: o.name },
      infrastructureRef: ref(o.version, { group: p.group, providerVersion: p.version(o.version), kind: p.machineKind, name: o.name, namespace: ns }),
      ...(hasNode ? { providerID: `${o.provider}:///${o.name}` } : {}),
    },
    status: status({
      version: o.version,
      v1beta2Conditions: o.v1beta2Conditions ?? healthyV1beta2.Machine(o.controlPlane),
      v1beta1Conditions: o.v1beta1Conditions ?? healthyV1beta1.Machine(o.controlPlane),
      common: {
        phase: o.phase ?? (hasNode ? 'Running' : 'Provisioning'),
        ...(hasNode ? { nodeRef: o.version === 'v1beta2' ? { name: o.nodeName ?? o.name } : { apiVersion: 'v1', kind: 'Node', name: o.nodeName ?? o.name } } : {}),
        ...(hasNode && o.kubeletVersion !== null ? { nodeInfo: { kubeletVersion: o.kubeletVersion ?? o.k8sVersion } } : {}),
      },
      v1beta2Only: o.version === 'v1beta2' ? { initialization: { infrastructureProvisioned: hasNode, bootstrapDataSecretCreated: true } } : {},
      v1beta1Only: o.version === 'v1beta1' ? { infrastructureReady: hasNode, bootstrapReady: true } : {},
    }),
  };
}
