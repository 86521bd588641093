// One ClusterClass → its catalog entry (pure): provider, control plane, worker classes, allowed
// versions, team access and a description.
import { inferInfrastructureProvider } from '@/lib/capi/summary/infer-provider';
import { extractClassVariables } from '@/lib/capi/variables/extract-class-variables';
import { asList, asRecord, asString } from '@/lib/capi/variables/schema-json';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { CatalogEntry } from './catalog-types';
import type { ClassObject } from './class-object';

export const DESCRIPTION_ANNOTATION = 'quarterdeck.dev/description';

/** v1beta2 `templateRef`, v1beta1 `ref`. */
function templateKind(section: unknown): string | undefined {
  const value = asRecord(section);
  return asString(asRecord(value.templateRef).kind) ?? asString(asRecord(value.ref).kind);
}

export function teamsAllowed(options: { config: QuarterdeckConfig; managementCluster: string; namespace: string; name: string }): string[] | 'all' {
  const access = options.config.policies.classAccess;
  return access[`${options.managementCluster}/${options.namespace}/${options.name}`] ?? access[`${options.namespace}/${options.name}`] ?? 'all';
}

function derivedDescription(entry: Omit<CatalogEntry, 'description'>): string {
  const workers = entry.workerClasses.length ? `worker classes ${entry.workerClasses.join(', ')}` : 'no worker classes';
  return `${entry.controlPlaneKind.replace(/Template$/, '')} control plane on ${entry.infrastructureProvider}, ${workers}, ${entry.variableCount} variables.`;
}

export function describeClusterClass(options: { item: ClassObject; config: QuarterdeckConfig }): CatalogEntry {
  const { object, managementCluster } = options.item;
  const spec = asRecord(object.spec);
  const namespace = object.metadata.namespace ?? 'default';
  const name = object.metadata.name;
  const classVersions = asList(spec.kubernetesVersions).filter((v): v is string => typeof v === 'string');
  const base = {
    managementCluster,
    namespace,
    name,
    infrastructureProvider: inferInfrastructureProvider(templateKind(spec.infrastructure)),
    controlPlaneKind: templateKind(spec.controlPlane) ?? 'unknown',
    workerClasses: asList(asRecord(spec.workers).machineDeployments).map((md) => asString(asRecord(md).class)).filter((c): c is string => !!c),
    versions: classVersions.length ? classVersions : [...options.config.policies.kubernetesVersions],
    teams: teamsAllowed({ config: options.config, managementCluster, namespace, name }),
    apiVersion: object.apiVersion.endsWith('/v1beta1') ? ('v1beta1' as const) : ('v1beta2' as const),
    variableCount: extractClassVariables(object).length,
  };
  const annotation = asString(asRecord(object.metadata.annotations)[DESCRIPTION_ANNOTATION])?.trim();
  return { ...base, description: annotation || derivedDescription(base) };
}
