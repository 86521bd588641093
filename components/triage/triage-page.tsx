'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { TriageGroupTable } from './triage-group-table';
import { readTriageFilters, triageQueries, writeTriageFilters, type TriageFilters } from './triage-queries';
import { useTriageStream } from './use-triage-stream';

function FilterSelect(props: { label: string; value: string | undefined; options: string[]; onChange: (value: string) => void }) {
  const options = props.value && !props.options.includes(props.value) ? [...props.options, props.value] : props.options;
  return (
    <label className="flex items-center gap-2 text-sm">
      {props.label}
      <select aria-label={props.label} className="rounded border border-slate-300 bg-white px-2 py-1" value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option} value={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}

export function TriagePage() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => readTriageFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  const stream = useTriageStream();
  const query = useQuery({ ...triageQueries.queue(filters), placeholderData: keepPreviousData });
  const setFilters = (next: TriageFilters) => {
    const params = writeTriageFilters(next).toString();
    router.replace(params ? `${pathname}?${params}` : pathname, { scroll: false });
  };
  const data = query.data;
  return (
    <>
      <p className="-mt-4 mb-4 text-xs text-slate-500" aria-live="polite">
        {stream === 'live' ? 'Live' : stream === 'connecting' ? 'Connecting to live updates…' : 'Live updates interrupted: reconnecting…'}
      </p>
      <div className="mb-4 flex flex-wrap gap-4" role="search" aria-label="Triage filters">
        <FilterSelect label="Management cluster" value={filters.managementCluster} options={data?.facets.managementClusters ?? []} onChange={(value) => setFilters({ ...filters, managementCluster: value })} />
        <FilterSelect label="Team" value={filters.team} options={data?.facets.teams ?? []} onChange={(value) => setFilters({ ...filters, team: value })} />
      </div>
      {query.isPending ? <LoadingState label="Loading the triage queue…" /> : null}
      {query.isError ? <ErrorState title="The triage queue could not be loaded" message={query.error.message} /> : null}
      {data && data.total === 0 ? <EmptyState title="Nothing is stuck or failing">Clusters appear here as soon as one is stuck or failing.</EmptyState> : null}
      {data?.groups.map((group) => <TriageGroupTable key={group.cause} group={group} now={Date.parse(data.generatedAt)} />)}
    </>
  );
}
