'use client';

import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { ApprovalsSection } from './approvals-section';
import { DecisionPanel } from './decision-panel';
import { describeRequest, typeLabel } from './describe-request';
import { ManifestDiff } from './manifest-diff';
import { RequestProgress } from './request-progress';
import { requestQueries } from './request-queries';
import { StateBadge } from './state-badge';
import { StateTimeline } from './state-timeline';

export function RequestDetailPage({ id }: { id: string }) {
  const query = useQuery(requestQueries.detail(id));
  if (query.isPending) return <LoadingState label="Loading the change request…" />;
  if (query.isError) return <ErrorState title="The change request could not be loaded" message={query.error.message} />;
  const request = query.data;
  return (
    <>
      <PageHeader
        title={describeRequest(request)}
        description={`${typeLabel(request.type)} · requested by ${request.requester.name}${request.requester.team ? ` (${request.requester.team})` : ''} on ${request.createdAt.replace('T', ' ').slice(0, 16)}${request.ttlHours ? ` · time to live ${request.ttlHours} h` : ''}`}
        actions={<StateBadge state={request.state} />}
      />
      <StateTimeline type={request.type} state={request.state} />
      <RequestProgress request={request} />
      <DecisionPanel request={request} />
      <ApprovalsSection request={request} />
      <ManifestDiff request={request} />
    </>
  );
}
