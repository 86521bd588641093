import Link from 'next/link';
import type { CatalogEntry } from '@/lib/catalog/catalog-types';
import { classPath } from './catalog-queries';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs uppercase text-slate-500">{label}</dt>
      <dd className="text-slate-900">{value}</dd>
    </div>
  );
}

/** One ClusterClass: what it builds, where, for whom, and the way into its request form. */
export function CatalogCard({ entry }: { entry: CatalogEntry }) {
  const title = `${entry.name} on ${entry.managementCluster}`;
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`catalog-entry-${entry.managementCluster}-${entry.name}`} aria-label={title}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{entry.name}</h2>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{entry.managementCluster}</span>
      </div>
      <p className="text-sm text-slate-600">{entry.description}</p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <Fact label="Provider" value={entry.infrastructureProvider} />
        <Fact label="Control plane" value={entry.controlPlaneKind} />
        <Fact label="Worker classes" value={entry.workerClasses.join(', ') || '–'} />
        <Fact label="Kubernetes" value={entry.versions.join(', ') || '–'} />
        <Fact label="Teams" value={entry.teams === 'all' ? 'all teams' : entry.teams.join(', ') || 'none'} />
        <Fact label="API / variables" value={`${entry.apiVersion} · ${entry.variableCount} variables`} />
      </dl>
      <Link
        href={`/catalog/${classPath(entry)}`}
        className="self-start rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
        aria-label={`Request a cluster from ${title}`}
      >
        Request a cluster
      </Link>
    </li>
  );
}
