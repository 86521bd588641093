import { type FleetSkewReport } from './skew-types';

const HEADER = ['management_cluster', 'namespace', 'cluster', 'team', 'control_plane_version', 'control_plane_eol', 'control_plane_eol_date', 'lowest_worker_version', 'highest_worker_version', 'lowest_kubelet', 'highest_kubelet', 'upgrading', 'violations', 'warnings'];

/** RFC 4180 field; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
function field(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function skewToCsv(report: FleetSkewReport): string {
  const lines = [HEADER.join(',')];
  for (const row of report.rows) {
    const messages = (severity: string) => row.findings.filter((finding) => finding.severity === severity).map((finding) => finding.message).join('; ');
    lines.push(
      [row.managementCluster, row.namespace, row.name, row.team, row.controlPlaneVersion, row.controlPlaneEol.state, row.controlPlaneEol.endOfLifeDate ?? null, row.workerVersions.lowest, row.workerVersions.highest, row.kubeletVersions.lowest, row.kubeletVersions.highest, row.upgrading, messages('violation'), messages('warning')]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
