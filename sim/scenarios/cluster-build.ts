// Shared context while building the objects of one reconciled workload cluster.
import type { ScenarioRandom } from './create-random';
import type { InfraProvider } from './infra-providers';
import { SEEDED_ANNOTATION } from './naming';
import type { SeedObject } from './types';

export interface ClusterBuild {
  random: ScenarioRandom;
  provider: InfraProvider;
  region: string;
  clusterName: string;
  namespace: string;
  cluster: SeedObject;
  /** When the cluster was created; objects get creation times shortly after it. */
  createdAt: Date;
  /** Next free host number for machine IPs. */
  nextHost: number;
  /** Network prefix of machine IPs, e.g. "10.12". */
  ipPrefix: string;
}

export function timeAfter(build: ClusterBuild, seconds: number): string {
  return new Date(build.createdAt.getTime() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function seededMetadata(build: ClusterBuild, options: { name: string; createdAfterSeconds: number; labels?: Record<string, string>; annotations?: Record<string, string> }): SeedObject['metadata'] {
  return {
    name: options.name,
    namespace: build.namespace,
    uid: build.random.uuid(),
    creationTimestamp: timeAfter(build, options.createdAfterSeconds),
    labels: { 'cluster.x-k8s.io/cluster-name': build.clusterName, ...options.labels },
    annotations: { [SEEDED_ANNOTATION]: 'reconciled', ...options.annotations },
  };
}

export function nextIp(build: ClusterBuild): string {
  const host = build.nextHost++;
  return `${build.ipPrefix}.${Math.floor(host / 250)}.${(host % 250) + 2}`;
}
