export interface LayoutInput {
  id: string;
  parentId?: string;
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  gapX: number;
  gapY: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { nodeWidth: 230, nodeHeight: 86, gapX: 24, gapY: 60 };

/**
 * Top-down tidy-enough tree layout in O(n): each leaf takes the next free column, a parent sits
 * centred over its first and last child, tiers follow depth. Input order is the child order.
 */
export function layoutTree(nodes: readonly LayoutInput[], options: LayoutOptions = DEFAULT_LAYOUT): Map<string, { x: number; y: number }> {
  const children = new Map<string, string[]>();
  const ids = new Set(nodes.map((node) => node.id));
  const roots: string[] = [];
  for (const node of nodes) {
    if (node.parentId !== undefined && ids.has(node.parentId)) {
      const list = children.get(node.parentId) ?? [];
      list.push(node.id);
      children.set(node.parentId, list);
    } else roots.push(node.id);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const column = options.nodeWidth + options.gapX;
  const tier = options.nodeHeight + options.gapY;
  let nextColumn = 0;
  // Iterative post-order so 5,000-node trees cannot overflow the stack.
  for (const root of roots) {
    const stack: { id: string; depth: number; expanded: boolean }[] = [{ id: root, depth: 0, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; depth: number; expanded: boolean };
      const kids = children.get(top.id) ?? [];
      if (!top.expanded && kids.length > 0) {
        top.expanded = true;
        for (let i = kids.length - 1; i >= 0; i -= 1) stack.push({ id: kids[i] as string, depth: top.depth + 1, expanded: false });
        continue;
      }
      stack.pop();
      let x: number;
      if (kids.length === 0) x = (nextColumn += 1) * column - column;
      else x = ((positions.get(kids[0] as string)?.x ?? 0) + (positions.get(kids[kids.length - 1] as string)?.x ?? 0)) / 2;
      positions.set(top.id, { x, y: top.depth * tier });
    }
  }
  return positions;
}
