// The built-in types a simulated management cluster serves besides the CRDs.
import type { PrinterColumn, ResourceType } from '../core/resource-type';

function builtin(options: {
  group: string;
  resource: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  status?: boolean;
  columns?: PrinterColumn[];
}): ResourceType {
  const version = 'v1';
  return {
    group: options.group,
    resource: options.resource,
    kind: options.kind,
    listKind: `${options.kind}List`,
    singular: options.kind.toLowerCase(),
    namespaced: options.namespaced,
    shortNames: options.shortNames ?? [],
    categories: [],
    storageVersion: version,
    versions: [{ name: version, served: true, storage: true, printerColumns: options.columns ?? [], subresources: { status: options.status ?? false } }],
  };
}

export const NAMESPACES_TYPE = builtin({ group: '', resource: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'], status: true });
export const SECRETS_TYPE = builtin({ group: '', resource: 'secrets', kind: 'Secret', namespaced: true });
export const CONFIGMAPS_TYPE = builtin({ group: '', resource: 'configmaps', kind: 'ConfigMap', namespaced: true, shortNames: ['cm'] });
export const EVENTS_TYPE = builtin({ group: '', resource: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] });
/** Stored as core/v1 events and converted on the way in and out. */
export const EVENTS_K8S_IO_TYPE = builtin({ group: 'events.k8s.io', resource: 'events', kind: 'Event', namespaced: true });
export const CRDS_TYPE = builtin({ group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false, shortNames: ['crd', 'crds'], status: true });

export const BUILTIN_TYPES: readonly ResourceType[] = [NAMESPACES_TYPE, SECRETS_TYPE, CONFIGMAPS_TYPE, EVENTS_TYPE, EVENTS_K8S_IO_TYPE, CRDS_TYPE];
