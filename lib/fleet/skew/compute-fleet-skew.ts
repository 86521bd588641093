import { eolStatus } from '@/lib/capi/skew/eol-status';
import { fleetDistribution, UNKNOWN_KEY } from '@/lib/capi/skew/fleet-distribution';
import { type ReleaseCalendar } from '@/lib/capi/skew/release-calendar';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { type ClusterSkewFacts, type ClusterSkewRow, type FleetSkewReport, type MinorRow } from './skew-types';

export interface ComputeFleetSkewOptions {
  summaries: readonly ClusterSummary[];
  /** Per-cluster facts (precomputed by the fleet service when each cluster changed). */
  factsOf: (summary: ClusterSummary) => ClusterSkewFacts | undefined;
  calendar: ReleaseCalendar;
  today: Date;
}

const NO_FACTS: ClusterSkewFacts = { controlPlaneVersion: null, workerVersions: { lowest: null, highest: null }, kubeletVersions: { lowest: null, highest: null }, findings: [] };

/** Version skew across the fleet: distribution, per-minor end of life, per-cluster policy findings. */
export function computeFleetSkew(options: ComputeFleetSkewOptions): FleetSkewReport {
  const { calendar, today } = options;
  const rows: ClusterSkewRow[] = options.summaries.map((summary) => {
    const facts = options.factsOf(summary) ?? NO_FACTS;
    return {
      id: summary.id,
      managementCluster: summary.managementCluster,
      namespace: summary.namespace,
      name: summary.name,
      team: summary.team ?? null,
      upgrading: summary.upgrading,
      ...facts,
      controlPlaneEol: facts.controlPlaneVersion ? eolStatus({ minor: facts.controlPlaneVersion, today, calendar }) : { state: 'unknown' },
    };
  });
  const distribution = fleetDistribution(options.summaries);
  const minorKeys = new Set([...Object.keys(distribution.controlPlane), ...Object.keys(distribution.workers)].filter((key) => key !== UNKNOWN_KEY));
  const minors: MinorRow[] = [...minorKeys]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((minor) => ({
      minor,
      releaseDate: calendar.releases.find((release) => release.minor === minor)?.releaseDate ?? null,
      eol: eolStatus({ minor, today, calendar }),
      controlPlaneClusters: distribution.controlPlane[minor] ?? 0,
      workerMachines: distribution.workers[minor] ?? 0,
    }));
  const findings = rows.flatMap((row) => row.findings);
  return {
    generatedAt: today.toISOString(),
    calendarLastUpdated: calendar.lastUpdated,
    distribution,
    minors,
    rows,
    violations: findings.filter((finding) => finding.severity === 'violation').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}
