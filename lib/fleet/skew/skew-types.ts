import { type EolStatus } from '@/lib/capi/skew/eol-status';
import { type FleetDistribution } from '@/lib/capi/skew/fleet-distribution';
import { type SkewFinding } from '@/lib/capi/skew/check-version-skew';

export interface VersionRange {
  lowest: string | null;
  highest: string | null;
}

/** What a cluster's objects say about versions; computed when the cluster changes. */
export interface ClusterSkewFacts {
  controlPlaneVersion: string | null;
  workerVersions: VersionRange;
  kubeletVersions: VersionRange;
  findings: SkewFinding[];
}

export interface ClusterSkewRow {
  id: string;
  managementCluster: string;
  namespace: string;
  name: string;
  team: string | null;
  controlPlaneVersion: string | null;
  /** Desired versions of the MachineDeployments. */
  workerVersions: VersionRange;
  /** Observed kubelet versions of all Machines (control plane included). */
  kubeletVersions: VersionRange;
  upgrading: boolean;
  findings: SkewFinding[];
  controlPlaneEol: EolStatus;
}

export interface MinorRow {
  minor: string;
  releaseDate: string | null;
  eol: EolStatus;
  controlPlaneClusters: number;
  workerMachines: number;
}

export interface FleetSkewReport {
  generatedAt: string;
  calendarLastUpdated: string;
  distribution: FleetDistribution;
  minors: MinorRow[];
  rows: ClusterSkewRow[];
  violations: number;
  warnings: number;
}
