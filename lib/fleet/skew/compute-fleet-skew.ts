import { checkVersionSkew } from '@/lib/capi/skew/check-version-skew';
import { eolStatus } from '@/lib/capi/skew/eol-status';
import { fleetDistribution, UNKNOWN_KEY } from '@/lib/capi/skew/fleet-distribution';
import { compareKubeVersions, parseKubeVersion } from '@/lib/capi/skew/parse-version';
import { type ReleaseCalendar } from '@/lib/capi/skew/release-calendar';
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { groupByCluster } from '@/lib/capi/summary/group-by-cluster';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { type ClusterSkewRow, type FleetSkewReport, type MinorRow, type VersionRange } from './skew-types';

function range(versions: Iterable<string | undefined>): VersionRange {
  const parsed = [...versions].flatMap((version) => {
    const value = parseKubeVersion(version);
    return value && version ? [{ version, value }] : [];
  });
  parsed.sort((a, b) => compareKubeVersions(a.value, b.value));
  return { lowest: parsed[0]?.version ?? null, highest: parsed.at(-1)?.version ?? null };
}

export interface ComputeFleetSkewOptions {
  summaries: readonly ClusterSummary[];
  objectsOf: (summary: ClusterSummary) => NormalizedObject[];
  calendar: ReleaseCalendar;
  today: Date;
}

/** Version skew across the fleet: distribution, per-minor end of life, per-cluster policy findings. */
export function computeFleetSkew(options: ComputeFleetSkewOptions): FleetSkewReport {
  const { calendar, today } = options;
  const rows: ClusterSkewRow[] = options.summaries.map((summary) => {
    const bundle = groupByCluster(options.objectsOf(summary)).get(`${summary.namespace}/${summary.name}`);
    const machines = bundle?.machines ?? [];
    const controlPlaneVersion = summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired ?? null;
    return {
      id: summary.id,
      managementCluster: summary.managementCluster,
      namespace: summary.namespace,
      name: summary.name,
      team: summary.team ?? null,
      controlPlaneVersion,
      workerVersions: range(summary.workerVersions.map((md) => md.desired)),
      kubeletVersions: range(machines.map((machine) => machine.versions.kubelet)),
      upgrading: summary.upgrading,
      findings: checkVersionSkew({ controlPlane: bundle?.controlPlane, machines }),
      controlPlaneEol: controlPlaneVersion ? eolStatus({ minor: controlPlaneVersion, today, calendar }) : { state: 'unknown' },
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
