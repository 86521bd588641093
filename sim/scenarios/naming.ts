// Kubernetes-style generated names and the labels CAPI controllers put on what they create.
import type { ScenarioRandom } from './create-random';
import type { OwnerReference } from '../core/kube-object';

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function nameSuffix(random: ScenarioRandom, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SUFFIX_ALPHABET[Math.floor(random.next() * SUFFIX_ALPHABET.length)];
  return out;
}

export const LABELS = {
  clusterName: 'cluster.x-k8s.io/cluster-name',
  controlPlane: 'cluster.x-k8s.io/control-plane',
  controlPlaneName: 'cluster.x-k8s.io/control-plane-name',
  deploymentName: 'cluster.x-k8s.io/deployment-name',
  setName: 'cluster.x-k8s.io/set-name',
  templateHash: 'machine-template-hash',
  topologyOwned: 'topology.cluster.x-k8s.io/owned',
  topologyDeploymentName: 'topology.cluster.x-k8s.io/deployment-name',
  team: 'quarterdeck.dev/team',
} as const;

/** Marks objects the scenario created already reconciled (with backdated history). */
export const SEEDED_ANNOTATION = 'sim.quarterdeck.dev/seeded';

export function controllerRef(owner: { apiVersion: string; kind: string; metadata: { name: string; uid?: string } }): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid ?? '', controller: true, blockOwnerDeletion: true };
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}
