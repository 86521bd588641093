import type { GraphNode } from '@/lib/capi/graph/types';
import type { ClusterGraphResponse } from '@/lib/triage/triage-types';

type GraphData = Pick<ClusterGraphResponse, 'groupMembers'>;

/**
 * The node whose side panel to show: the drawn node, else the member of a collapsed group, else (an
 * object hidden by echo suppression, or a deep link) a plain node from its `kind/namespace/name` id.
 */
export function findSelectedNode(options: { id: string | undefined; drawn: readonly GraphNode[]; graph: GraphData }): GraphNode | undefined {
  const { id } = options;
  if (!id) return undefined;
  const found = options.drawn.find((node) => node.id === id) ?? Object.values(options.graph.groupMembers).flatMap((members) => members.nodes).find((node) => node.id === id);
  if (found) return found;
  const [kind, namespace, name, ...rest] = id.split('/');
  if (!kind || !namespace || !name || rest.length > 0) return undefined;
  return { id, kind, name, namespace, relation: 'Other', depth: 0, virtual: false, colour: 'unknown', deleting: false, paused: false };
}
