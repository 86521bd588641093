'use client';

import Link from 'next/link';
import { useState } from 'react';
import { clusterHref } from '@/components/fleet/cluster-columns';
import type { ClusterSkewRow } from '@/lib/fleet/skew/skew-types';
import { EolBadge } from './eol-badge';

const range = (value: { lowest: string | null; highest: string | null }) =>
  value.lowest === null ? '–' : value.lowest === value.highest ? value.lowest : `${value.lowest} – ${value.highest}`;

export function ClusterSkewTable({ rows }: { rows: ClusterSkewRow[] }) {
  const [onlyFindings, setOnlyFindings] = useState(true);
  const shown = onlyFindings ? rows.filter((row) => row.findings.length > 0 || row.controlPlaneEol.state === 'end-of-life') : rows;
  return (
    <>
      <label className="mb-2 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={onlyFindings} onChange={(event) => setOnlyFindings(event.target.checked)} />
        Only clusters with a skew finding or an end-of-life control plane
      </label>
      <div className="max-h-[32rem] overflow-auto">
        <table className="w-full text-left text-sm" aria-label="Version skew per cluster">
          <thead className="sticky top-0 bg-white text-xs uppercase text-slate-500">
            <tr>
              <th className="py-1 pr-3">Cluster</th>
              <th className="py-1 pr-3">Team</th>
              <th className="py-1 pr-3">Control plane</th>
              <th className="py-1 pr-3">Workers (desired)</th>
              <th className="py-1 pr-3">Kubelets</th>
              <th className="py-1">Findings</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 align-top" data-testid={`skew-row-${row.name}`}>
                <td className="py-1.5 pr-3">
                  <Link className="font-medium text-sky-800 hover:underline" href={clusterHref(row)}>
                    {row.name}
                  </Link>
                  <div className="text-xs text-slate-500">{row.managementCluster}</div>
                </td>
                <td className="py-1.5 pr-3">{row.team ?? row.namespace}</td>
                <td className="py-1.5 pr-3">
                  {row.controlPlaneVersion ?? '–'}
                  {row.upgrading ? <span className="ml-1 text-xs text-sky-700">(upgrading)</span> : null}
                  <div>
                    <EolBadge eol={row.controlPlaneEol} />
                  </div>
                </td>
                <td className="py-1.5 pr-3">{range(row.workerVersions)}</td>
                <td className="py-1.5 pr-3">{range(row.kubeletVersions)}</td>
                <td className="py-1.5">
                  <ul>
                    {row.findings.map((finding) => (
                      <li key={`${finding.rule}-${finding.message}`} className={finding.severity === 'violation' ? 'text-red-800' : 'text-amber-800'}>
                        <span className="font-medium">{finding.severity === 'violation' ? 'Violation' : 'Warning'}:</span> {finding.message}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="p-3 text-sm text-slate-500">No cluster has a finding.</p> : null}
      </div>
    </>
  );
}
