import { conditionColour, worstColour } from '../conditions/condition-colour';
import { findCondition, summaryCondition, type ConditionMode } from '../conditions/find-condition';
import { type NormalizedCondition, type NormalizedObject } from '../normalize/types';
import { type TreeNode } from './build-tree';
import { type GraphNode, type GraphNodeCondition } from './types';

const WITH_COUNTERS = new Set(['ControlPlane', 'MachineDeployment', 'MachineSet', 'MachinePool']);

export function toNodeCondition(condition: NormalizedCondition | undefined): GraphNodeCondition | undefined {
  if (!condition) return undefined;
  const out: GraphNodeCondition = { type: condition.type, status: condition.status };
  if (condition.reason) out.reason = condition.reason;
  if (condition.message) out.message = condition.message;
  if (condition.lastTransitionTime) out.since = condition.lastTransitionTime;
  return out;
}

export function makeNode(options: { tree: TreeNode; parentId?: string; depth: number; cluster: NormalizedObject; mode: ConditionMode }): GraphNode {
  const { tree, cluster, mode } = options;
  const object = tree.object;
  // Plain literals, no spreads: this runs once per node and dominates large graphs.
  let node: GraphNode;
  let condition: NormalizedCondition | undefined;
  if (!object) {
    const kind = tree.virtual?.kind ?? 'Virtual';
    condition = kind === 'Workers' && mode === 'v1beta2' ? findCondition(cluster, 'WorkersAvailable', mode) : undefined;
    node = { id: tree.id, kind, name: tree.virtual?.name ?? kind, namespace: tree.virtual?.namespace ?? cluster.namespace, relation: tree.relation, depth: options.depth, virtual: true, colour: condition ? conditionColour(condition) : 'info', deleting: false, paused: false };
    if (kind === 'Workers' && cluster.workerReplicas) node.counters = cluster.workerReplicas;
  } else {
    condition = summaryCondition(object, mode);
    node = { id: tree.id, kind: object.kind, name: object.name, namespace: object.namespace, relation: tree.relation, depth: options.depth, virtual: false, colour: condition ? conditionColour(condition) : worstColour(mode === 'v1beta2' && object.conditions.length > 0 ? object.conditions : object.v1beta1Conditions), deleting: object.deletionTimestamp !== undefined, paused: object.paused };
    if (WITH_COUNTERS.has(tree.relation) && object.replicas) node.counters = object.replicas;
  }
  if (options.parentId) node.parentId = options.parentId;
  const nodeCondition = toNodeCondition(condition);
  if (nodeCondition) node.condition = nodeCondition;
  return node;
}
