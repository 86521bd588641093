import { type NormalizedObject } from '../normalize/types';
import { buildTree, type TreeNode } from './build-tree';
import { groupMachines, makeGroupNode, type GroupedTree } from './group-machines';
import { makeNode } from './make-node';
import { type ClusterGraph, type GraphOptions, type GraphRelation } from './types';

const ORDER: Record<GraphRelation, number> = {
  root: 0, ClusterInfrastructure: 1, ControlPlane: 2, Workers: 3, MachinePool: 4, MachineDeployment: 5, MachineSet: 6, Machine: 7,
  Group: 8, MachineInfrastructure: 9, BootstrapConfig: 10, MachineHealthCheck: 11, ClusterClass: 12, Other: 13,
};
const collator = new Intl.Collator('en', { numeric: true });

function sortChildren(children: TreeNode[]): TreeNode[] {
  const name = (n: TreeNode) => n.object?.name ?? n.id;
  const kind = (n: TreeNode) => n.object?.kind ?? n.virtual?.kind ?? '';
  return children.sort((a, b) => ORDER[a.relation] - ORDER[b.relation] || kind(a).localeCompare(kind(b)) || collator.compare(name(a), name(b)));
}

export const DEFAULT_GRAPH_OPTIONS: GraphOptions = { grouping: true, echo: false, apiMode: 'v1beta2' };

/**
 * Builds the cluster tree the way `clusterctl describe cluster` does (discovery.go + tree.go), as nodes and edges
 * for the triage view. `objects` may hold more than one cluster: `cluster` picks one (default: the first Cluster).
 */
export function buildClusterGraph(input: { objects: readonly NormalizedObject[]; options?: Partial<GraphOptions>; cluster?: { namespace: string; name: string } }): ClusterGraph | undefined {
  const options = { ...DEFAULT_GRAPH_OPTIONS, ...input.options };
  const cluster = input.objects.find((o) => o.kind === 'Cluster' && o.apiGroup === 'cluster.x-k8s.io' && (!input.cluster || (o.namespace === input.cluster.namespace && o.name === input.cluster.name)));
  if (!cluster) return undefined;
  const mode = options.apiMode;
  const { root, suppressedIds } = buildTree({ objects: input.objects, cluster, echo: options.echo, mode });
  const graph: ClusterGraph = { rootId: root.id, nodes: [], edges: [], groups: [], suppressedIds: [...suppressedIds].sort(collator.compare) };
  const visit = (tree: TreeNode, parentId: string | undefined, depth: number, group?: GroupedTree) => {
    if (group && parentId) {
      const made = makeGroupNode({ group, parentId, depth, mode });
      graph.nodes.push(made.node);
      graph.groups.push(made.group);
    } else graph.nodes.push(makeNode({ tree, depth, cluster, mode, ...(parentId ? { parentId } : {}) }));
    if (parentId) graph.edges.push({ from: parentId, to: tree.id, relation: tree.relation });
    if (tree.children.length === 0) return;
    let children = tree.children.length > 1 ? sortChildren([...tree.children]) : tree.children;
    let groups: Map<string, GroupedTree> | undefined;
    if (options.grouping && tree.grouping) {
      const result = groupMachines({ parent: tree, children, mode });
      children = sortChildren(result.children);
      groups = new Map(result.groups.map((g) => [g.node.id, g] as const));
    }
    for (const child of children) visit(child, tree.id, depth + 1, groups?.get(child.id));
  };
  visit(root, undefined, 0);
  return graph;
}

