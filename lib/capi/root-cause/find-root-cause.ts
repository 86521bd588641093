import { hasV1beta2Conditions } from '../conditions/find-condition';
import { buildClusterGraph } from '../graph/build-cluster-graph';
import { type GraphNode } from '../graph/types';
import { type NormalizedObject } from '../normalize/types';
import { firstHit } from './match-rules';
import { DEFAULT_ROOT_CAUSE_RULES } from './rules';
import { type CauseClass, type ChainLink, type Hint, type RootCause, type RootCauseRule } from './types';
import { walkChain } from './walk-chain';

export interface FindRootCauseInput {
  objects: readonly NormalizedObject[];
  cluster?: { namespace: string; name: string };
  rules?: readonly RootCauseRule[];
  /** When the management cluster itself cannot be reached, everything read from it is stale. */
  managementCluster?: { reachable: boolean; error?: string };
}

const FALLBACK_HINT: Hint = { meaning: 'No known failure pattern matched.', nextEvidence: 'Read the conditions of the deepest failing object and its controller logs.' };

function fallbackClass(node: GraphNode | undefined, object: NormalizedObject | undefined): CauseClass {
  switch (node?.relation) {
    case 'ClusterInfrastructure': case 'MachineInfrastructure': return 'infrastructure';
    case 'BootstrapConfig': return 'bootstrap';
    case 'ControlPlane': return 'control-plane';
    case 'MachineDeployment': case 'MachineSet': case 'MachinePool': case 'Workers': return 'workers-rollout';
    case 'Machine': return object?.labels['cluster.x-k8s.io/control-plane'] !== undefined ? 'control-plane' : 'workers-rollout';
    default: return 'unknown';
  }
}

/**
 * Explains why a cluster (or any of its objects) is not healthy: the chain from the Cluster to the deepest failing
 * link, a classification and an on-call hint, driven by a table of rules. Undefined when nothing is failing.
 */
export function findRootCause(input: FindRootCauseInput): RootCause | undefined {
  const rules = input.rules ?? DEFAULT_ROOT_CAUSE_RULES;
  const cluster = input.objects.find((o) => o.kind === 'Cluster' && (!input.cluster || (o.namespace === input.cluster.namespace && o.name === input.cluster.name)));
  if (!cluster) return undefined;
  const mode = hasV1beta2Conditions(cluster) ? 'v1beta2' : 'v1beta1';
  const rootLink: ChainLink = { objectId: cluster.id, kind: cluster.kind, name: cluster.name, failing: [] };
  const find = (id: string) => rules.find((r) => r.id === id);
  if (input.managementCluster && !input.managementCluster.reachable) {
    const hint = { meaning: 'The management cluster API is unreachable: every status shown is the last one cached.', nextEvidence: `Check the management cluster endpoint and credentials${input.managementCluster.error ? ` (last error: ${input.managementCluster.error})` : ''}.` };
    return { clusterId: cluster.id, classification: 'connectivity', ruleId: 'management-cluster-unreachable', hint, chain: [rootLink], deepest: rootLink };
  }
  if (cluster.paused) {
    return { clusterId: cluster.id, classification: 'paused', ruleId: 'paused', hint: find('paused')?.hint ?? FALLBACK_HINT, chain: [rootLink], deepest: rootLink };
  }
  const graph = buildClusterGraph({ objects: input.objects, options: { grouping: false, echo: true, apiMode: mode }, cluster });
  if (!graph) return undefined;
  const objects = new Map(input.objects.map((o) => [o.id, o] as const));
  const { chain, side, nodes } = walkChain({ graph, objects, mode });
  if (chain.length === 0) return undefined;
  const deepest = chain[chain.length - 1];
  const reversed = [...chain].reverse();
  const specific = rules.filter((r) => !r.generic);
  const hit = firstHit(reversed, specific) ?? firstHit(side, specific) ?? firstHit(reversed, rules.filter((r) => r.generic));
  let classification: CauseClass = hit?.rule.class ?? fallbackClass(deepest ? nodes.get(deepest.objectId) : undefined, deepest ? objects.get(deepest.objectId) : undefined);
  if (cluster.deletionTimestamp && (classification === 'workers-rollout' || classification === 'unknown')) classification = 'deletion';
  const result: RootCause = { clusterId: cluster.id, classification, hint: hit?.rule.hint ?? FALLBACK_HINT, chain, ...(deepest ? { deepest } : {}) };
  if (hit) {
    result.ruleId = hit.rule.id;
    result.evidence = { objectId: hit.link.objectId, condition: hit.condition };
  }
  return result;
}
