// CAPI's Cluster validating webhook for managed topologies (internal/webhooks/cluster.go,
// validateTopology): the version is semantic (and allowed by the class), MachineDeployment names
// are unique and their classes exist, and variables and per-pool overrides satisfy the class's
// schemas. Like CAPI, a ClusterClass that does not exist (yet) is a warning, not a denial: the
// topology is validated once the class is there. Works on either served version of the Cluster.
import type { KubeObject } from '../../core/kube-object';
import { invalidError, type AdmissionCause } from '../../schema/field-errors';
import { list, rec, str } from '../runtime/json';
import { classVariablesOf, validateVariableCauses } from './validate-variables-causes';

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const TOPOLOGY = 'spec.topology';

export interface ClassLookup {
  (namespace: string, name: string): KubeObject | undefined;
}

function classRefOf(cluster: KubeObject): { name: string; namespace: string } {
  const topology = rec(rec(cluster.spec).topology);
  const namespace = cluster.metadata.namespace ?? 'default';
  if (cluster.apiVersion.endsWith('/v1beta1')) return { name: str(topology.class) ?? '', namespace: str(topology.classNamespace) || namespace };
  const ref = rec(topology.classRef);
  return { name: str(ref.name) ?? '', namespace: str(ref.namespace) || namespace };
}

function validateWorkers(options: { topology: Record<string, unknown>; clusterClass: KubeObject; className: string; classVariables: unknown[] }): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  const classes = new Set(list(rec(rec(options.clusterClass.spec).workers).machineDeployments).map((md) => str(rec(md).class)));
  const names = new Set<string>();
  list(rec(options.topology.workers).machineDeployments).forEach((md, i) => {
    const path = `${TOPOLOGY}.workers.machineDeployments[${i}]`;
    const name = str(rec(md).name) ?? '';
    if (names.has(name)) causes.push(invalidError(`${path}.name`, name, 'name must be unique'));
    names.add(name);
    const mdClass = str(rec(md).class) ?? '';
    if (!classes.has(mdClass)) causes.push(invalidError(`${path}.class`, mdClass, `MachineDeploymentClass with name "${mdClass}" does not exist in ClusterClass "${options.className}"`));
    const overrides = list(rec(rec(md).variables).overrides);
    causes.push(...validateVariableCauses({ classVariables: options.classVariables, values: overrides, path: `${path}.variables.overrides`, checkRequired: false }));
  });
  return causes;
}

function validateVersion(topology: Record<string, unknown>, clusterClass: KubeObject): AdmissionCause[] {
  const version = str(topology.version) ?? '';
  if (!SEMVER.test(version)) return [invalidError(`${TOPOLOGY}.version`, version, 'version must be a valid semantic version')];
  const allowed = list(rec(clusterClass.spec).kubernetesVersions).filter((v): v is string => typeof v === 'string');
  if (allowed.length && !allowed.includes(version)) return [invalidError(`${TOPOLOGY}.version`, version, `version must be one of the kubernetesVersions of ClusterClass "${clusterClass.metadata.name}": ${allowed.join(', ')}`)];
  return [];
}

export interface TopologyVerdict {
  causes: AdmissionCause[];
  warnings: string[];
}

/** Causes for a Cluster with spec.topology (none for Clusters without one or being deleted). */
export function validateClusterTopology(options: { cluster: KubeObject; getClass: ClassLookup }): TopologyVerdict {
  const { cluster } = options;
  const topology = rec(cluster.spec).topology;
  if (topology === undefined || cluster.metadata.deletionTimestamp) return { causes: [], warnings: [] };
  const ref = classRefOf(cluster);
  const clusterClass = ref.name ? options.getClass(ref.namespace, ref.name) : undefined;
  if (!clusterClass) return { causes: [], warnings: [missingClassWarning(ref)] };
  const classVariables = classVariablesOf(clusterClass);
  const causes = [
    ...validateVersion(rec(topology), clusterClass),
    ...validateWorkers({ topology: rec(topology), clusterClass, className: ref.name, classVariables }),
    ...validateVariableCauses({ classVariables, values: list(rec(topology).variables), path: `${TOPOLOGY}.variables`, checkRequired: true }),
  ];
  return { causes, warnings: [] };
}

/** CAPI's wording (internal/webhooks/cluster.go). */
export function missingClassWarning(ref: { name: string; namespace: string }): string {
  return `Cluster refers to ClusterClass ${ref.namespace}/${ref.name}, but this ClusterClass does not exist. Cluster topology has not been fully validated. The ClusterClass must be created to reconcile the Cluster`;
}
