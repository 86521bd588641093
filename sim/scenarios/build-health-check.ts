// A MachineHealthCheck as the topology controller creates one from a class healthCheck.
import { type ClusterBuild, seededMetadata, timeAfter } from './cluster-build';
import { condition } from './conditions';
import { controllerRef, LABELS } from './naming';
import type { SeedObject } from './types';

export function buildHealthCheck(options: { build: ClusterBuild; owner: SeedObject; selector: Record<string, string>; healthCheck: Record<string, unknown>; expected: number }): SeedObject {
  const { build } = options;
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachineHealthCheck',
    metadata: { ...seededMetadata(build, { name: options.owner.metadata.name, createdAfterSeconds: 5, labels: { [LABELS.topologyOwned]: '' } }), ownerReferences: [controllerRef(options.owner)] },
    spec: { clusterName: build.clusterName, selector: { matchLabels: options.selector }, ...structuredClone(options.healthCheck) },
    status: {
      expectedMachines: options.expected, currentHealthy: options.expected, remediationsAllowed: options.expected, observedGeneration: 1,
      conditions: [condition({ type: 'RemediationAllowed', reason: 'RemediationAllowed', at: timeAfter(build, 600) }), condition({ type: 'Paused', status: 'False', reason: 'NotPaused', at: timeAfter(build, 5) })],
    },
  };
}
