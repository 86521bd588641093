import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TriagePage } from '@/components/triage/triage-page';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Triage' };

export default function Page() {
  return (
    <>
      <PageHeader title="Triage" description="Stuck and failing clusters across the fleet, most severe first, with their first failing link." />
      <Suspense fallback={<LoadingState label="Loading the triage queue…" />}>
        <TriagePage />
      </Suspense>
    </>
  );
}
