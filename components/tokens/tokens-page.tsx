'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CreateTokenForm } from './create-token-form';
import { CreatedToken } from './created-token';
import { tokenQueries } from './token-queries';
import { TokenTable } from './token-table';
import type { CreatedApiToken } from './token-types';

// "Now" for the status column is when the list was fetched, so rendering stays pure.
export function TokensPage() {
  const query = useQuery(tokenQueries.list());
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <>
      {created ? <CreatedToken name={created.item.name} token={created.token} onDone={() => setCreated(null)} /> : null}
      <CreateTokenForm onCreated={setCreated} />
      {query.isPending ? <LoadingState label="Loading your tokens…" /> : null}
      {query.isError ? <ErrorState title="The tokens could not be loaded" message={query.error.message} /> : null}
      {query.data && query.data.items.length === 0 ? <EmptyState title="No API tokens yet">Create one for a CI pipeline: it carries your roles and expires.</EmptyState> : null}
      {query.data && query.data.items.length > 0 ? <TokenTable items={query.data.items} now={query.dataUpdatedAt} /> : null}
    </>
  );
}
