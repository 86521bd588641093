'use client';

import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { requestQueries, type RequestScope } from './request-queries';
import { RequestTable } from './request-table';

const TABS: { scope: RequestScope; label: string; empty: string }[] = [
  { scope: 'mine', label: 'My requests', empty: 'You have not requested anything yet. Start from the catalog or a cluster page.' },
  { scope: 'to-approve', label: 'To approve', empty: 'Nothing is waiting for your approval.' },
  { scope: 'all', label: 'All', empty: 'No change requests yet.' },
];

export function parseScope(value: string | null, fallback: RequestScope): RequestScope {
  return TABS.some((tab) => tab.scope === value) ? (value as RequestScope) : fallback;
}

/** "My requests" / "To approve" / "All"; the tab is in the URL. Approvers land on their queue. */
export function RequestsPage({ defaultScope }: { defaultScope: RequestScope }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const scope = parseScope(searchParams.get('tab'), defaultScope);
  const query = useQuery(requestQueries.list({ scope }));
  const tab = TABS.find((candidate) => candidate.scope === scope) ?? TABS[0];
  return (
    <>
      <div role="tablist" aria-label="Request lists" className="mb-4 flex gap-2 border-b border-slate-200">
        {TABS.map((candidate) => (
          <button
            key={candidate.scope}
            type="button"
            role="tab"
            aria-selected={candidate.scope === scope}
            onClick={() => router.replace(`${pathname}?tab=${candidate.scope}`, { scroll: false })}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${candidate.scope === scope ? 'border-sky-800 text-sky-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab?.label}>
        {query.isPending ? <LoadingState label="Loading change requests…" /> : null}
        {query.isError ? <ErrorState title="The change requests could not be loaded" message={query.error.message} /> : null}
        {query.data && query.data.items.length === 0 ? <EmptyState title="No change requests">{tab?.empty}</EmptyState> : null}
        {query.data && query.data.items.length > 0 ? <RequestTable items={query.data.items} label={tab?.label ?? 'Change requests'} /> : null}
      </div>
    </>
  );
}
