import { type CauseClass, type ChainLink } from '../root-cause/types';

export type StuckActivity = 'machine-provisioning' | 'cluster-provisioning' | 'deletion' | 'rollout';

/** Minutes an activity may take before it counts as stuck. */
export type StuckThresholds = Record<StuckActivity, number>;

export const DEFAULT_STUCK_THRESHOLDS: StuckThresholds = {
  'machine-provisioning': 15,
  'cluster-provisioning': 30,
  deletion: 15,
  rollout: 20,
};

export interface StuckThresholdConfig {
  defaults?: Partial<StuckThresholds>;
  /** Per ClusterClass name (e.g. bare-metal classes provision slower). */
  byClusterClass?: Record<string, Partial<StuckThresholds>>;
}

export interface DurationSample {
  activity: StuckActivity;
  durationSeconds: number;
  clusterClass?: string;
  provider?: string;
}

export interface StuckItem {
  objectId: string;
  kind: string;
  name: string;
  clusterId: string;
  activity: StuckActivity;
  /** When the activity started (or last made progress). */
  since: string;
  durationSeconds: number;
  thresholdSeconds: number;
  /** p95 of past durations for the same ClusterClass (or provider), when the history had enough samples. */
  p95Seconds?: number;
  /** Which bound fired. */
  exceeded: 'threshold' | 'p95';
  severity: 'warning' | 'critical';
  cause?: CauseClass;
  firstFailingLink?: ChainLink;
  hint?: string;
}
