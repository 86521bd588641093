import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CatalogPage } from '@/components/catalog/catalog-page';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Catalog' };

export default function Page() {
  return (
    <>
      <PageHeader title="Catalog" description="Request a workload cluster from a ClusterClass of any management cluster." />
      <Suspense fallback={<LoadingState label="Loading the catalog…" />}>
        <CatalogPage />
      </Suspense>
    </>
  );
}
