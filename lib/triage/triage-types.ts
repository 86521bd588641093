// JSON shapes of the triage APIs (graph, queue, timeline); imported by components as types only.
import { type GraphEdge, type GraphGroup, type GraphNode } from '@/lib/capi/graph/types';
import { type NormalizedCondition } from '@/lib/capi/normalize/types';
import { type CauseClass, type RootCause } from '@/lib/capi/root-cause/types';

export interface ObjectEvent {
  type: string;
  reason: string;
  message: string;
  count: number;
  /** Last time the event was seen (lastTimestamp, eventTime or firstTimestamp). */
  at: string | null;
  source: string;
}

export interface NodeDetail {
  id: string;
  kind: string;
  name: string;
  namespace: string;
  conditions: NormalizedCondition[];
  /** Deprecated v1beta1 conditions (with severity), when the object still carries them. */
  v1beta1Conditions: NormalizedCondition[];
  fields: { label: string; value: string }[];
  events: ObjectEvent[];
}

export interface ObjectYamlResponse {
  id: string;
  /** Read-only YAML: managedFields dropped, Secret data and credential-like values redacted. */
  yaml: string;
}

export interface ClusterGraphResponse {
  clusterId: string;
  managementCluster: string;
  apiMode: 'v1beta2' | 'v1beta1';
  options: { grouping: boolean; echo: boolean };
  fleetVersion: number;
  rootId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: GraphGroup[];
  /** Per group: the member nodes and their children, for expanding the group in the browser. */
  groupMembers: Record<string, { nodes: GraphNode[]; edges: GraphEdge[] }>;
  rootCause: RootCause | null;
  /** Side-panel data of the root-cause chain's objects only; any other object: GET …/details?id=. */
  details: Record<string, NodeDetail>;
}

export interface TriageRow {
  /** `managementCluster/namespace/name` */
  clusterId: string;
  managementCluster: string;
  namespace: string;
  cluster: string;
  team: string | null;
  severity: 'critical' | 'warning';
  kind: 'stuck' | 'failing';
  activity: string | null;
  /** Objects of the cluster past their bound (0 for clusters that are only failing). */
  stuckObjects: number;
  link: { objectId: string; kind: string; name: string } | null;
  reason: string | null;
  message: string | null;
  since: string | null;
  cause: CauseClass;
  hint: string;
  nextEvidence: string | null;
  /** Graph page with the failing node selected. */
  href: string;
}

export interface TriageGroup {
  cause: CauseClass;
  rows: TriageRow[];
}

export interface TriageQueueResponse {
  total: number;
  groups: TriageGroup[];
  generatedAt: string;
  /** Every team and management cluster of the fleet, for the filter menus. */
  facets: { teams: string[]; managementClusters: string[] };
}

export interface TimelineEntry {
  /** `audit`: a Quarterdeck action on the cluster (change request, kubeconfig download), from the audit trail. */
  source: 'condition' | 'event' | 'audit';
  at: string;
  objectKind: string;
  objectName: string;
  title: string;
  status: string | null;
  reason: string | null;
  message: string | null;
  severity: 'normal' | 'warning' | 'error';
}

export interface ClusterTimelineResponse {
  entries: TimelineEntry[];
  /** False when the transition history could not be read (database down): events only. */
  historyAvailable: boolean;
}
