import type { GraphEdge } from '@/lib/capi/graph/types';

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface GraphNavigation {
  parent: Map<string, string>;
  children: Map<string, string[]>;
  roots: string[];
}

export function buildNavigation(nodeIds: readonly string[], edges: readonly GraphEdge[]): GraphNavigation {
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const edge of edges) {
    parent.set(edge.to, edge.from);
    const list = children.get(edge.from) ?? [];
    list.push(edge.to);
    children.set(edge.from, list);
  }
  // Keep sibling order as drawn (node order), not edge order.
  const order = new Map(nodeIds.map((id, index) => [id, index] as const));
  for (const list of children.values()) list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { parent, children, roots: nodeIds.filter((id) => !parent.has(id)) };
}

/** Up: parent; down: first child; left/right: previous/next sibling. Undefined when there is none. */
export function navigate(navigation: GraphNavigation, from: string, key: NavigationKey): string | undefined {
  const parentId = navigation.parent.get(from);
  if (key === 'ArrowUp') return parentId;
  if (key === 'ArrowDown') return navigation.children.get(from)?.[0];
  const siblings = parentId === undefined ? navigation.roots : (navigation.children.get(parentId) ?? []);
  const index = siblings.indexOf(from);
  return siblings[index + (key === 'ArrowLeft' ? -1 : 1)];
}
