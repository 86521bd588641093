import type { Metadata } from 'next';
import { Suspense } from 'react';
import { FleetPage } from '@/components/fleet/fleet-page';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Fleet' };

export default function Page() {
  return (
    <>
      <PageHeader title="Fleet" description="Every workload cluster across your management clusters, live." />
      <Suspense fallback={<LoadingState label="Loading the fleet…" />}>
        <FleetPage />
      </Suspense>
    </>
  );
}
