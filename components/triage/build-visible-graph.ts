import type { GraphEdge, GraphNode } from '@/lib/capi/graph/types';
import type { ClusterGraphResponse } from '@/lib/triage/triage-types';

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Ids to highlight: the root-cause chain, mapped onto the group that hides a member. */
  highlighted: Set<string>;
  /** The deepest failing object as shown (itself, or the collapsed group holding it). */
  failingId: string | undefined;
  /** Member object id → group id, for deep links into collapsed groups. */
  groupOf: Map<string, string>;
}

type GraphData = Pick<ClusterGraphResponse, 'nodes' | 'edges' | 'groups' | 'groupMembers' | 'rootCause'>;

/** Member object id (and its children's ids) → the group node that holds it. */
export function groupMembership(graph: Pick<GraphData, 'groups' | 'groupMembers'>): Map<string, string> {
  const groupOf = new Map<string, string>();
  for (const group of graph.groups) {
    for (const node of graph.groupMembers[group.id]?.nodes ?? []) groupOf.set(node.id, group.id);
    for (const id of group.memberIds) groupOf.set(id, group.id);
  }
  return groupOf;
}

/** The nodes and edges to draw: collapsed groups as one node, expanded ones replaced by their members in place. */
export function buildVisibleGraph(graph: GraphData, expanded: ReadonlySet<string>): VisibleGraph {
  const groupOf = groupMembership(graph);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const hidden = new Set<string>();
  for (const node of graph.nodes) {
    const members = node.relation === 'Group' && expanded.has(node.id) ? graph.groupMembers[node.id] : undefined;
    if (!members) {
      nodes.push(node);
      continue;
    }
    hidden.add(node.id);
    nodes.push(...members.nodes);
    edges.push(...members.edges);
  }
  for (const edge of graph.edges) if (!hidden.has(edge.to)) edges.push(edge);
  const shown = (id: string) => (groupOf.has(id) && !expanded.has(groupOf.get(id) ?? '') ? (groupOf.get(id) as string) : id);
  const drawn = new Set(nodes.map((node) => node.id));
  // Links hidden by echo suppression (an infra machine repeating its Machine) fall back to the nearest drawn ancestor.
  const chain = (graph.rootCause?.chain ?? []).map((link) => shown(link.objectId)).filter((id) => drawn.has(id));
  return { nodes, edges, highlighted: new Set(chain), failingId: chain[chain.length - 1], groupOf };
}
