/**
 * Public API of the Cluster API domain core. Pure functions over plain JSON objects as served by any management
 * cluster (v1beta1 or v1beta2): normalize first, then summarize, check skew, build the graph, explain, detect stuck.
 */
export { normalizeObject, normalizeObjects, objectId } from './normalize/normalize-object';
export { servedVersionOf, splitApiVersion } from './normalize/served-version';
export type {
  ConditionSeverity, ConditionStatus, InitializationFlags, MachineDeploymentTopology, NormalizedCondition, NormalizedObject,
  NormalizedOwnerReference, NormalizedRef, NormalizedTopology, NormalizedVersions, ReplicaCounters, ServedVersion,
} from './normalize/types';

export { findCondition, hasV1beta2Conditions, summaryCondition, type ConditionMode } from './conditions/find-condition';
export { conditionColour, INVERTED_CONDITIONS, worstColour, type ColourClass } from './conditions/condition-colour';

export { summarizeCluster, TEAM_LABEL, type SummarizeClusterInput } from './summary/summarize-cluster';
export { groupByCluster, type ClusterObjects } from './summary/group-by-cluster';
export { summarizeManagementCluster } from './summary/summarize-management-cluster';
export { deriveClusterHealth, type HealthVerdict } from './summary/derive-health';
export { inferInfrastructureProvider } from './summary/infer-provider';
export type { ClusterHealth, ClusterSummary, VersionPair, WorkerVersions } from './summary/types';

export { compareKubeVersions, minorKey, parseKubeVersion, sameKubeVersion, type KubeVersion } from './skew/parse-version';
export { checkVersionSkew, maxKubeletLag, type SkewFinding, type SkewRule } from './skew/check-version-skew';
export { fleetDistribution, UNKNOWN_KEY, type FleetDistribution, type MinorCounts } from './skew/fleet-distribution';
export { ENDING_SOON_DAYS, eolStatus, type EolState, type EolStatus } from './skew/eol-status';
export { defaultReleaseCalendar, releaseCalendarSchema, type ReleaseCalendar, type ReleaseEntry } from './skew/release-calendar';

export { buildClusterGraph, DEFAULT_GRAPH_OPTIONS } from './graph/build-cluster-graph';
export type { ClusterGraph, GraphEdge, GraphGroup, GraphNode, GraphNodeCondition, GraphOptions, GraphRelation } from './graph/types';

export { findRootCause, type FindRootCauseInput } from './root-cause/find-root-cause';
export { DEFAULT_ROOT_CAUSE_RULES } from './root-cause/rules';
export type { CauseClass, ChainLink, Hint, RootCause, RootCauseRule, RuleMatch } from './root-cause/types';

export { detectStuck, MIN_HISTORY_SAMPLES, type DetectStuckInput } from './stuck/detect-stuck';
export { DEFAULT_STUCK_THRESHOLDS, type DurationSample, type StuckActivity, type StuckItem, type StuckThresholdConfig, type StuckThresholds } from './stuck/types';

export { renderClusterManifest, type ClusterManifest } from './cluster-request/render-cluster-manifest';
export type { ClusterApiVersion, ClusterRequestSpec, WorkerPoolSpec } from './cluster-request/cluster-request-spec';

export * from './variables';
