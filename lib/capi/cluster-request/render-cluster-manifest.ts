// Renders the Cluster object for a request, in the API version the management cluster serves.
// v1beta2 names the class with `topology.classRef`; v1beta1 with `topology.class` + `classNamespace`.
import type { ClusterApiVersion, ClusterRequestSpec } from './cluster-request-spec';

export interface ClusterManifest {
  apiVersion: string;
  kind: 'Cluster';
  metadata: { name: string; namespace: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { topology: Record<string, unknown> };
}

function toVariableList(values: Record<string, unknown> | undefined): { name: string; value: unknown }[] {
  return Object.entries(values ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({ name, value }));
}

function classFields(spec: ClusterRequestSpec, apiVersion: ClusterApiVersion): Record<string, unknown> {
  if (apiVersion === 'v1beta2') return { classRef: { name: spec.classRef.name, namespace: spec.classRef.namespace } };
  return { class: spec.classRef.name, classNamespace: spec.classRef.namespace };
}

function renderWorkers(spec: ClusterRequestSpec): Record<string, unknown> | undefined {
  if (spec.workers.length === 0) return undefined;
  const machineDeployments = spec.workers.map((pool) => {
    const overrides = toVariableList(pool.overrides);
    return { class: pool.class, name: pool.name, replicas: pool.replicas, ...(overrides.length ? { variables: { overrides } } : {}) };
  });
  return { machineDeployments };
}

export function renderClusterManifest(options: { spec: ClusterRequestSpec; apiVersion: ClusterApiVersion }): ClusterManifest {
  const { spec, apiVersion } = options;
  const variables = toVariableList(spec.variables);
  const workers = renderWorkers(spec);
  const metadata: ClusterManifest['metadata'] = { name: spec.name, namespace: spec.namespace };
  if (spec.labels && Object.keys(spec.labels).length) metadata.labels = { ...spec.labels };
  if (spec.annotations && Object.keys(spec.annotations).length) metadata.annotations = { ...spec.annotations };
  return {
    apiVersion: `cluster.x-k8s.io/${apiVersion}`,
    kind: 'Cluster',
    metadata,
    spec: {
      topology: {
        ...classFields(spec, apiVersion),
        version: spec.version,
        controlPlane: { replicas: spec.controlPlaneReplicas },
        ...(workers ? { workers } : {}),
        ...(variables.length ? { variables } : {}),
      },
    },
  };
}
