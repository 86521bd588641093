// Every object of a workload cluster that has been running for a while, as the CAPI controllers
// would have left it: Cluster, infra cluster, secrets, control plane, MachineDeployments, Machines,
// infra machines, bootstrap configs and MachineHealthChecks, all with ready status.
import { buildClusterSecrets } from './build-cluster-secrets';
import { buildControlPlane } from './build-control-plane';
import { buildHealthCheck } from './build-health-check';
import { buildMachineDeployment, type MachineDeploymentPlan } from './build-machine-deployment';
import { buildClusterObject } from './build-cluster-object';
import { type ClusterBuild, seededMetadata } from './cluster-build';
import type { ScenarioRandom } from './create-random';
import type { InfraProvider } from './infra-providers';
import { controllerRef, groupOf, LABELS, nameSuffix } from './naming';
import type { ClassTemplates } from './resolve-class-templates';
import type { SeedObject } from './types';

export interface ReconciledClusterPlan {
  random: ScenarioRandom;
  provider: InfraProvider;
  templates: ClassTemplates;
  name: string;
  namespace: string;
  region: string;
  createdAt: Date;
  version: string;
  controlPlaneReplicas: number;
  machineDeployments: MachineDeploymentPlan[];
  /** false: a classic cluster (refs, no spec.topology). */
  topology: boolean;
  classNamespace?: string;
  variables?: Array<{ name: string; value: unknown }>;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  healthChecks?: boolean;
  ipPrefix: string;
}

export function* buildReconciledCluster(plan: ReconciledClusterPlan): Generator<SeedObject> {
  const cluster: SeedObject = { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: plan.name, namespace: plan.namespace, uid: plan.random.uuid() } };
  const build: ClusterBuild = {
    random: plan.random, provider: plan.provider, region: plan.region, clusterName: plan.name, namespace: plan.namespace,
    cluster, createdAt: plan.createdAt, nextHost: 0, ipPrefix: plan.ipPrefix,
  };
  const infraName = plan.topology ? `${plan.name}-${nameSuffix(plan.random)}` : plan.name;
  const infraCluster: SeedObject = {
    apiVersion: plan.provider.apiVersion,
    kind: plan.provider.clusterKind,
    metadata: { ...seededMetadata(build, { name: infraName, createdAfterSeconds: 1, labels: plan.topology ? { [LABELS.topologyOwned]: '' } : {} }), ownerReferences: [controllerRef(cluster)], finalizers: [`${plan.provider.clusterKind.toLowerCase()}.infrastructure.cluster.x-k8s.io`] },
    spec: {
      ...(plan.provider.defaultClusterSpec?.(structuredClone(plan.templates.infraCluster.spec), plan.name) ?? structuredClone(plan.templates.infraCluster.spec)),
      controlPlaneEndpoint: { host: `${plan.name}.${plan.namespace}.sim.quarterdeck.dev`, port: 6443 },
    },
    status: plan.provider.clusterStatus(new Date(plan.createdAt.getTime() + 120_000).toISOString().replace(/\.\d{3}Z$/, 'Z')),
  };
  const controlPlane = buildControlPlane({ build, templates: plan.templates, replicas: plan.controlPlaneReplicas, version: plan.version, topology: plan.topology });
  const deployments = plan.machineDeployments.map((md, i) =>
    buildMachineDeployment({ build, templates: plan.templates, plan: md, version: plan.version, topology: plan.topology, startAfterSeconds: 600 + i * 60 }));
  Object.assign(cluster, buildClusterObject({
    build, plan,
    infrastructureRef: { apiGroup: groupOf(infraCluster.apiVersion), kind: infraCluster.kind, name: infraName },
    controlPlaneRef: { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: controlPlane.kcp.metadata.name },
    workerVersions: deployments.map((d, i) => ({ version: plan.machineDeployments[i]?.version ?? plan.version, replicas: plan.machineDeployments[i]?.replicas ?? 0, name: d.md.metadata.name })),
  }));
  yield cluster;
  yield infraCluster;
  yield* buildClusterSecrets(build, cluster);
  yield* controlPlane.objects;
  for (const deployment of deployments) yield* deployment.objects;
  if (plan.healthChecks === false) return;
  if (plan.templates.controlPlaneHealthCheck) {
    yield buildHealthCheck({ build, owner: controlPlane.kcp, selector: { [LABELS.clusterName]: plan.name, [LABELS.controlPlane]: '' }, healthCheck: plan.templates.controlPlaneHealthCheck, expected: plan.controlPlaneReplicas });
  }
  for (const [i, deployment] of deployments.entries()) {
    const healthCheck = plan.templates.workers.get(plan.machineDeployments[i]?.class ?? '')?.healthCheck;
    if (!healthCheck) continue;
    const selector = { [LABELS.clusterName]: plan.name, [LABELS.deploymentName]: deployment.md.metadata.name };
    yield buildHealthCheck({ build, owner: deployment.md, selector, healthCheck, expected: plan.machineDeployments[i]?.replicas ?? 0 });
  }
}
