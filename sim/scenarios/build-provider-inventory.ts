// clusterctl's provider inventory (clusterctl.cluster.x-k8s.io/v1alpha3 Provider), one object per
// installed provider in its own namespace, as `clusterctl init` leaves it.
import type { SeedObject } from './types';

export type ProviderType = 'CoreProvider' | 'BootstrapProvider' | 'ControlPlaneProvider' | 'InfrastructureProvider';

export interface InstalledProvider {
  type: ProviderType;
  providerName: string;
  version: string;
  namespace: string;
}

const PREFIX: Record<ProviderType, string> = {
  CoreProvider: '',
  BootstrapProvider: 'bootstrap-',
  ControlPlaneProvider: 'control-plane-',
  InfrastructureProvider: 'infrastructure-',
};

export function capiProviders(version: string): InstalledProvider[] {
  return [
    { type: 'CoreProvider', providerName: 'cluster-api', version, namespace: 'capi-system' },
    { type: 'BootstrapProvider', providerName: 'kubeadm', version, namespace: 'capi-kubeadm-bootstrap-system' },
    { type: 'ControlPlaneProvider', providerName: 'kubeadm', version, namespace: 'capi-kubeadm-control-plane-system' },
  ];
}

export const INFRA_NAMESPACES: Record<string, string> = { aws: 'capa-system', azure: 'capz-system', vsphere: 'capv-system', docker: 'capd-system' };

export function infraProvider(providerName: 'aws' | 'azure' | 'vsphere' | 'docker', version: string): InstalledProvider {
  return { type: 'InfrastructureProvider', providerName, version, namespace: INFRA_NAMESPACES[providerName] ?? `${providerName}-system` };
}

export function buildNamespace(name: string, labels: Record<string, string> = {}): SeedObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...labels } }, spec: { finalizers: ['kubernetes'] } };
}

/** The Namespace of each provider followed by its Provider object. */
export function buildProviderInventory(providers: readonly InstalledProvider[]): SeedObject[] {
  return providers.flatMap((p) => {
    const name = `${PREFIX[p.type]}${p.providerName}`;
    const provider: SeedObject = {
      apiVersion: 'clusterctl.cluster.x-k8s.io/v1alpha3',
      kind: 'Provider',
      metadata: {
        name,
        namespace: p.namespace,
        labels: { 'clusterctl.cluster.x-k8s.io': '', 'cluster.x-k8s.io/provider': name },
      },
      providerName: p.providerName,
      type: p.type,
      version: p.version,
    };
    return [buildNamespace(p.namespace, { 'cluster.x-k8s.io/provider': name }), provider];
  });
}
