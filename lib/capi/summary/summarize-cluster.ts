import { type NormalizedObject, type ReplicaCounters } from '../normalize/types';
import { compareKubeVersions, parseKubeVersion } from '../skew/parse-version';
import { deriveClusterHealth } from './derive-health';
import { isUpgrading } from './detect-upgrade';
import { inferInfrastructureProvider } from './infer-provider';
import { type ClusterSummary, type WorkerVersions } from './types';

export const TEAM_LABEL = 'quarterdeck.dev/team';
const DEPLOYMENT_LABEL = 'cluster.x-k8s.io/deployment-name';

export interface SummarizeClusterInput {
  cluster: NormalizedObject;
  controlPlane?: NormalizedObject;
  machineDeployments?: NormalizedObject[];
  machineSets?: NormalizedObject[];
  machinePools?: NormalizedObject[];
  machines?: NormalizedObject[];
  managementCluster: string;
  /** Team of the cluster's namespace (from the namespace mapping), used when the cluster has no team label. */
  teamLabel?: string;
  now: Date;
}

function sortVersions(versions: Iterable<string>): string[] {
  return [...new Set(versions)].sort((a, b) => {
    const pa = parseKubeVersion(a);
    const pb = parseKubeVersion(b);
    return pa && pb ? compareKubeVersions(pa, pb) : a.localeCompare(b);
  });
}

const POOL_LABEL = 'cluster.x-k8s.io/pool-name';

function workerVersions(groups: NormalizedObject[], machines: NormalizedObject[]): WorkerVersions[] {
  return groups.map((group) => {
    const kind = group.kind === 'MachinePool' ? 'MachinePool' : 'MachineDeployment';
    const label = kind === 'MachinePool' ? POOL_LABEL : DEPLOYMENT_LABEL;
    const kubelets = machines.filter((m) => m.labels[label] === group.name).flatMap((m) => (m.versions.kubelet ? [m.versions.kubelet] : []));
    const machinesByVersion: Record<string, number> = {};
    for (const version of kubelets) machinesByVersion[version] = (machinesByVersion[version] ?? 0) + 1;
    const entry: WorkerVersions = { kind, name: group.name, observed: sortVersions(kubelets), machinesByVersion };
    if (group.versions.desired) entry.desired = group.versions.desired;
    return entry;
  });
}

function sumReplicas(items: NormalizedObject[]): ReplicaCounters {
  const total: Required<ReplicaCounters> = { desired: 0, current: 0, ready: 0, available: 0, upToDate: 0 };
  for (const item of items) for (const key of Object.keys(total) as (keyof ReplicaCounters)[]) total[key] += item.replicas?.[key] ?? 0;
  return total;
}

export function summarizeCluster(input: SummarizeClusterInput): ClusterSummary {
  const { cluster, controlPlane, managementCluster, now } = input;
  const deployments = input.machineDeployments ?? [];
  const machines = input.machines ?? [];
  const verdict = deriveClusterHealth(cluster);
  const summary: ClusterSummary = {
    id: `${managementCluster}/${cluster.namespace}/${cluster.name}`,
    managementCluster,
    namespace: cluster.namespace,
    name: cluster.name,
    infrastructureProvider: inferInfrastructureProvider(cluster.infrastructureRef?.kind),
    servedVersion: cluster.servedVersion,
    health: verdict.health,
    controlPlaneVersion: {},
    workerVersions: workerVersions([...deployments, ...(input.machinePools ?? [])], machines),
    controlPlaneReplicas: cluster.controlPlaneReplicas ?? controlPlane?.replicas ?? {},
    workerReplicas: cluster.workerReplicas ?? sumReplicas([...deployments, ...(input.machinePools ?? [])]),
    paused: cluster.paused,
    deleting: cluster.deletionTimestamp !== undefined,
    upgrading: isUpgrading({ cluster, controlPlane, machineDeployments: deployments, machines }),
    conditions: cluster.conditions.length > 0 ? cluster.conditions : cluster.v1beta1Conditions,
  };
  const team = cluster.labels[TEAM_LABEL] ?? input.teamLabel;
  if (team) summary.team = team;
  if (cluster.topology?.className) summary.clusterClass = { name: cluster.topology.className, namespace: cluster.topology.classNamespace ?? cluster.namespace };
  if (cluster.infrastructureRef) summary.infrastructureKind = cluster.infrastructureRef.kind;
  if (cluster.phase) summary.phase = cluster.phase;
  if (verdict.condition) summary.healthCondition = verdict.condition;
  const desired = cluster.topology?.version ?? controlPlane?.versions.desired;
  if (desired) summary.controlPlaneVersion.desired = desired;
  if (controlPlane?.versions.observed) summary.controlPlaneVersion.observed = controlPlane.versions.observed;
  if (cluster.creationTimestamp) {
    summary.createdAt = cluster.creationTimestamp;
    const created = Date.parse(cluster.creationTimestamp);
    if (!Number.isNaN(created)) summary.ageSeconds = Math.max(0, Math.floor((now.getTime() - created) / 1000));
  }
  return summary;
}
