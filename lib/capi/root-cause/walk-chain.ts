import { type ConditionMode } from '../conditions/find-condition';
import { type ClusterGraph, type GraphNode } from '../graph/types';
import { type NormalizedObject } from '../normalize/types';
import { failingConditions } from './failing-conditions';
import { type ChainLink } from './types';

const SEVERITY: Record<string, number> = { error: 4, warning: 3, unknown: 2, info: 1, ok: 0 };

export interface WalkResult {
  chain: ChainLink[];
  /** Failing objects off the chain (e.g. a MachineHealthCheck that stopped remediating). */
  side: ChainLink[];
  nodes: Map<string, GraphNode>;
}

/** Walks from the Cluster to the deepest failing object, preferring the most severe branch, then the deepest. */
export function walkChain(options: { graph: ClusterGraph; objects: ReadonlyMap<string, NormalizedObject>; mode: ConditionMode }): WalkResult {
  const { graph, objects, mode } = options;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const children = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) if (node.parentId) (children.get(node.parentId) ?? children.set(node.parentId, []).get(node.parentId))?.push(node);
  const links = new Map<string, ChainLink>();
  const linkOf = (node: GraphNode): ChainLink | undefined => {
    const object = objects.get(node.id);
    if (!object) return undefined;
    let link = links.get(node.id);
    if (!link) {
      link = { objectId: node.id, kind: node.kind, name: node.name, failing: failingConditions(object, mode), ...(node.condition ? { condition: node.condition } : {}) };
      links.set(node.id, link);
    }
    return link;
  };
  const isFailing = (node: GraphNode) => {
    const link = linkOf(node);
    return link !== undefined && (link.failing.length > 0 || node.deleting || node.colour === 'error' || node.colour === 'warning');
  };
  const score = (node: GraphNode) => SEVERITY[node.colour] ?? 0;
  const visited = new Set<string>();
  const best = (node: GraphNode): GraphNode[] | undefined => {
    // Malformed input can repeat an id; never walk the same node twice.
    if (visited.has(node.id)) return undefined;
    visited.add(node.id);
    let chosen: GraphNode[] | undefined;
    for (const child of children.get(node.id) ?? []) {
      const path = best(child);
      if (!path) continue;
      const end = path[path.length - 1];
      const current = chosen?.[chosen.length - 1];
      if (!chosen || !current || !end || score(end) > score(current) || (score(end) === score(current) && path.length > chosen.length)) chosen = path;
    }
    if (chosen) return [node, ...chosen];
    return isFailing(node) ? [node] : undefined;
  };
  const root = nodes.get(graph.rootId);
  const path = root ? best(root) ?? [] : [];
  const chain = path.flatMap((n) => linkOf(n) ?? []);
  const onChain = new Set(chain.map((l) => l.objectId));
  const side = graph.nodes.filter((n) => !onChain.has(n.id) && isFailing(n)).flatMap((n) => linkOf(n) ?? []);
  return { chain, side, nodes };
}
