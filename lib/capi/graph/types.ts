import { type ColourClass } from '../conditions/condition-colour';
import { type ConditionMode } from '../conditions/find-condition';
import { type ConditionStatus, type ReplicaCounters } from '../normalize/types';

export interface GraphOptions {
  /** Merge sibling Machines whose state matches into one "N Machines" node (clusterctl `--grouping`). */
  grouping: boolean;
  /** Show infrastructure/bootstrap children even when their Ready just repeats their Machine's (clusterctl `--echo`). */
  echo: boolean;
  apiMode: ConditionMode;
}

/** How a node hangs below its parent, mirroring the meta names `clusterctl describe cluster` prints. */
export type GraphRelation =
  | 'root' | 'ClusterInfrastructure' | 'ControlPlane' | 'Workers' | 'MachineDeployment' | 'MachineSet' | 'MachinePool'
  | 'Machine' | 'MachineInfrastructure' | 'BootstrapConfig' | 'ClusterClass' | 'MachineHealthCheck' | 'Other' | 'Group';

export interface GraphNodeCondition {
  type: string;
  status: ConditionStatus;
  reason?: string;
  message?: string;
  /** lastTransitionTime of the condition (for groups: the earliest among members). */
  since?: string;
}

export interface GraphNode {
  /** `kind/namespace/name` for objects, `Workers/<ns>/<cluster>` etc. for virtual nodes, a group id for groups. */
  id: string;
  kind: string;
  name: string;
  namespace: string;
  relation: GraphRelation;
  parentId?: string;
  depth: number;
  virtual: boolean;
  condition?: GraphNodeCondition;
  colour: ColourClass;
  /** Control plane, MachineDeployment/Set/Pool, Workers and group nodes. */
  counters?: ReplicaCounters;
  deleting: boolean;
  paused: boolean;
  /** Group nodes only: ids of the member objects (expandable in the UI). */
  memberIds?: string[];
}

export interface GraphEdge {
  from: string;
  to: string;
  relation: GraphRelation;
}

export interface GraphGroup {
  id: string;
  parentId: string;
  kind: string;
  label: string;
  memberIds: string[];
}

export interface ClusterGraph {
  rootId: string;
  /** Depth-first, in the order clusterctl prints: infrastructure, control plane, workers, then attachments. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: GraphGroup[];
  /** Infrastructure machines / bootstrap configs hidden because they only echo their Machine. */
  suppressedIds: string[];
}
