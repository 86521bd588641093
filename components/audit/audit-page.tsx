'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { AuditClusterTimeline } from './audit-cluster-timeline';
import { AuditFilterForm } from './audit-filter-form';
import { readAuditFilters, timelineTarget, writeAuditFilters, type AuditFilters } from './audit-filters';
import { auditCsvHref, auditQueries } from './audit-queries';
import { AuditTable } from './audit-table';

export function AuditPage({ teams }: { teams: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => readAuditFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  const query = useInfiniteQuery(auditQueries.events(filters));
  const apply = (next: AuditFilters) => {
    const params = writeAuditFilters(next).toString();
    router.push(params ? `${pathname}?${params}` : pathname, { scroll: false });
  };
  const events = query.data?.pages.flatMap((page) => page.events) ?? [];
  const cluster = timelineTarget(filters);
  return (
    <>
      <AuditFilterForm filters={filters} teams={teams} onApply={apply} />
      {cluster ? <AuditClusterTimeline {...cluster} /> : null}
      <div className="mb-2 flex items-center justify-between text-sm">
        <p aria-live="polite" className="text-slate-600">{query.data ? `${events.length}${query.hasNextPage ? '+' : ''} events` : ''}</p>
        <a href={auditCsvHref(filters)} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">Export CSV</a>
      </div>
      {query.isPending ? <LoadingState label="Loading audit events…" /> : null}
      {query.isError ? <ErrorState title="The audit trail could not be loaded" message={query.error.message} /> : null}
      {query.data && events.length === 0 ? <EmptyState title="No audit events match these filters" /> : null}
      {events.length > 0 ? <AuditTable events={events} /> : null}
      {query.hasNextPage ? (
        <button type="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} className="mt-3 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
          {query.isFetchingNextPage ? 'Loading…' : 'Older events'}
        </button>
      ) : null}
    </>
  );
}
