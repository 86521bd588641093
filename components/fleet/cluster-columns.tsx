import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ClusterSummary } from '@/lib/capi/summary/types';
import { HealthBadge } from './health-badge';

export interface Column {
  key: string;
  label: string;
  /** Server-side sort key, when sortable. */
  sort?: string;
  width: string;
  render: (summary: ClusterSummary) => ReactNode;
}

function age(createdAt: string | undefined): string {
  if (!createdAt) return '–';
  const seconds = (Date.now() - Date.parse(createdAt)) / 1000;
  if (seconds < 3600) return `${Math.max(0, Math.round(seconds / 60))}m`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 86_400)}d`;
}

function workerVersions(summary: ClusterSummary): string {
  const versions = new Set(summary.workerVersions.flatMap((md) => (md.observed.length > 0 ? md.observed : md.desired ? [md.desired] : [])));
  return [...versions].join(', ') || '–';
}

export function clusterHref(summary: Pick<ClusterSummary, 'managementCluster' | 'namespace' | 'name'>): string {
  return `/clusters/${encodeURIComponent(summary.managementCluster)}/${encodeURIComponent(summary.namespace)}/${encodeURIComponent(summary.name)}`;
}

export const CLUSTER_COLUMNS: Column[] = [
  {
    key: 'name',
    label: 'Cluster',
    sort: 'name',
    width: 'minmax(12rem, 2fr)',
    render: (s) => (
      <Link href={clusterHref(s)} className="font-medium text-sky-800 hover:underline">
        {s.name}
      </Link>
    ),
  },
  { key: 'managementCluster', label: 'Management cluster', sort: 'managementCluster', width: 'minmax(8rem, 1fr)', render: (s) => s.managementCluster },
  { key: 'team', label: 'Team', sort: 'team', width: 'minmax(6rem, 0.8fr)', render: (s) => s.team ?? s.namespace },
  { key: 'clusterClass', label: 'Class', sort: 'clusterClass', width: 'minmax(7rem, 1fr)', render: (s) => s.clusterClass?.name ?? '–' },
  { key: 'provider', label: 'Provider', width: '5.5rem', render: (s) => s.infrastructureProvider },
  { key: 'controlPlaneVersion', label: 'Control plane', sort: 'controlPlaneVersion', width: '7rem', render: (s) => s.controlPlaneVersion.observed ?? s.controlPlaneVersion.desired ?? '–' },
  { key: 'workers', label: 'Workers', width: 'minmax(7rem, 1fr)', render: workerVersions },
  { key: 'health', label: 'Health', sort: 'health', width: '7rem', render: (s) => <HealthBadge health={s.health} /> },
  { key: 'reason', label: 'Reason', width: 'minmax(8rem, 1.2fr)', render: (s) => (s.health === 'healthy' ? '' : (s.healthCondition?.reason ?? '')) },
  { key: 'phase', label: 'Phase', sort: 'phase', width: '6.5rem', render: (s) => s.phase ?? '–' },
  { key: 'age', label: 'Age', sort: 'age', width: '4rem', render: (s) => age(s.createdAt) },
];
