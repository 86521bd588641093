import { conditionColour } from '../conditions/condition-colour';
import { findCondition, summaryCondition, type ConditionMode } from '../conditions/find-condition';
import { type NormalizedObject } from '../normalize/types';
import { type TreeNode } from './build-tree';
import { groupingKey } from './echo-rules';
import { toNodeCondition } from './make-node';
import { type GraphGroup, type GraphNode } from './types';

export interface GroupedTree {
  node: TreeNode;
  members: NormalizedObject[];
  key: string;
}

/** Splits the Machine children of a grouping node into singles and groups of ≥ 2 Machines with the same state. */
export function groupMachines(options: { parent: TreeNode; children: readonly TreeNode[]; mode: ConditionMode }): { children: TreeNode[]; groups: GroupedTree[] } {
  const buckets = new Map<string, TreeNode[]>();
  const children: TreeNode[] = [];
  for (const child of options.children) {
    if (child.relation !== 'Machine' || !child.object) {
      children.push(child);
      continue;
    }
    const key = groupingKey(child.object, options.mode);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(child);
    else buckets.set(key, [child]);
  }
  const groups: GroupedTree[] = [];
  for (const [key, bucket] of buckets) {
    if (bucket.length < 2) {
      children.push(...bucket);
      continue;
    }
    const node: TreeNode = { id: `MachineGroup/${options.parent.id}/${key}`, relation: 'Group', grouping: false, children: [], virtual: { kind: 'MachineGroup', name: `${bucket.length} Machines`, namespace: bucket[0]?.object?.namespace ?? '' } };
    children.push(node);
    groups.push({ node, key, members: bucket.flatMap((b) => (b.object ? [b.object] : [])) });
  }
  return { children, groups };
}

/** The group's row: the shared condition without message, since = earliest transition, and member counters. */
export function makeGroupNode(options: { group: GroupedTree; parentId: string; depth: number; mode: ConditionMode }): { node: GraphNode; group: GraphGroup } {
  const { group, mode } = options;
  const members = group.members;
  const first = members[0];
  const condition = first ? summaryCondition(first, mode) : undefined;
  const since = members.map((m) => summaryCondition(m, mode)?.lastTransitionTime).filter((t): t is string => t !== undefined).sort()[0];
  const count = (type: string) => members.filter((m) => findCondition(m, type, mode)?.status === 'True').length;
  const nodeCondition = toNodeCondition(condition ? { type: condition.type, status: condition.status, ...(condition.reason ? { reason: condition.reason } : {}), ...(since ? { lastTransitionTime: since } : {}) } : undefined);
  const memberIds = members.map((m) => m.id);
  const node: GraphNode = {
    id: group.node.id, kind: 'MachineGroup', name: `${members.length} Machines`, namespace: first?.namespace ?? '', relation: 'Group',
    parentId: options.parentId, depth: options.depth, virtual: true, colour: conditionColour(condition),
    counters: { desired: members.length, ready: count('Ready'), available: count('Available'), upToDate: count('UpToDate') },
    deleting: members.every((m) => m.deletionTimestamp !== undefined), paused: members.every((m) => m.paused), memberIds,
  };
  if (nodeCondition) node.condition = nodeCondition;
  return { node, group: { id: node.id, parentId: options.parentId, kind: 'Machine', label: node.name, memberIds } };
}
