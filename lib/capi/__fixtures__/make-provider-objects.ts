import { healthyV1beta1 } from './healthy-conditions';
import { c, CLUSTER_LABEL, type CapiVersion, type Cond, meta, type MetaOptions, type RawObject } from './make-objects';
import { PROVIDERS, type ProviderName } from './providers';

interface ProviderObjectOptions extends MetaOptions {
  version: CapiVersion;
  cluster: string;
  provider: ProviderName;
  /** Provider conditions are v1beta1-style (with severity) in CAPA, CAPZ and CAPV. */
  conditions?: Cond[];
  ready?: boolean;
}

function providerObject(o: ProviderObjectOptions, kind: string, extraSpec: RawObject): RawObject {
  const p = PROVIDERS[o.provider];
  const conditions = o.conditions ?? healthyV1beta1.Provider(kind.endsWith('Cluster') ? 'NetworkInfrastructureReady' : p.machineCondition);
  const ready = o.ready ?? conditions.find((x) => x.type === 'Ready')?.status === 'True';
  return {
    apiVersion: `${p.group}/${p.version(o.version)}`,
    kind,
    metadata: meta({ ...o, labels: { [CLUSTER_LABEL]: o.cluster, ...o.labels } }),
    spec: extraSpec,
    status: { ready, conditions },
  };
}

export function makeInfraCluster(o: ProviderObjectOptions): RawObject {
  return providerObject(o, PROVIDERS[o.provider].clusterKind, { controlPlaneEndpoint: { host: `${o.name}.example.internal`, port: 6443 } });
}

export function makeInfraMachine(o: ProviderObjectOptions): RawObject {
  return providerObject(o, PROVIDERS[o.provider].machineKind, { providerID: `${o.provider}:///${o.name}` });
}

export function makeKubeadmConfig(o: Omit<ProviderObjectOptions, 'provider'> & { v1beta2Conditions?: Cond[] }): RawObject {
  const conditions = o.conditions ?? [c('Ready=True'), c('DataSecretAvailable=True'), c('CertificatesAvailable=True')];
  const v2 = o.v1beta2Conditions ?? [c('Ready=True', { reason: 'Ready', message: '' }), c('DataSecretAvailable=True', { reason: 'Available', message: '' })];
  const dataSecretCreated = o.ready ?? conditions.find((x) => x.type === 'Ready')?.status === 'True';
  const base = { apiVersion: `bootstrap.cluster.x-k8s.io/${o.version}`, kind: 'KubeadmConfig', metadata: meta({ ...o, labels: { [CLUSTER_LABEL]: o.cluster, ...o.labels } }), spec: {} };
  if (o.version === 'v1beta2') {
    return { ...base, status: { initialization: { dataSecretCreated }, conditions: v2, deprecated: { v1beta1: { conditions } }, ...(dataSecretCreated ? { dataSecretName: o.name } : {}) } };
  }
  return { ...base, status: { ready: dataSecretCreated, conditions, v1beta2: { conditions: v2 }, ...(dataSecretCreated ? { dataSecretName: o.name } : {}) } };
}

export function makeMachineHealthCheck(o: MetaOptions & { version: CapiVersion; cluster: string; selector: Record<string, string>; expected: number; healthy: number; remediationsAllowed?: number; v1beta2Conditions?: Cond[]; v1beta1Conditions?: Cond[] }): RawObject {
  const v2 = o.v1beta2Conditions ?? [c('RemediationAllowed=True', { reason: 'RemediationAllowed', message: '' })];
  const v1 = o.v1beta1Conditions ?? [c('RemediationAllowed=True')];
  const counters = { expectedMachines: o.expected, currentHealthy: o.healthy, remediationsAllowed: o.remediationsAllowed ?? Math.max(0, o.expected - (o.expected - o.healthy)) };
  return {
    apiVersion: `cluster.x-k8s.io/${o.version}`,
    kind: 'MachineHealthCheck',
    metadata: meta({ ...o, labels: { [CLUSTER_LABEL]: o.cluster, ...o.labels } }),
    spec: { clusterName: o.cluster, selector: { matchLabels: o.selector } },
    status: o.version === 'v1beta2' ? { ...counters, conditions: v2, deprecated: { v1beta1: { conditions: v1 } } } : { ...counters, conditions: v1, v1beta2: { conditions: v2 } },
  };
}

export function makeClusterClass(o: MetaOptions & { version: CapiVersion }): RawObject {
  return {
    apiVersion: `cluster.x-k8s.io/${o.version}`,
    kind: 'ClusterClass',
    metadata: meta(o),
    spec: {},
    status: o.version === 'v1beta2'
      ? { conditions: [{ type: 'VariablesReady', status: 'True', reason: 'VariablesReady', message: '', lastTransitionTime: '2026-11-21T08:00:00Z' }] }
      : { conditions: [{ type: 'VariablesReconciled', status: 'True', lastTransitionTime: '2026-11-21T08:00:00Z' }] },
  };
}
