import type { Metadata } from 'next';
import { SkewPage } from '@/components/skew/skew-page';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Version skew' };

export default function Page() {
  return (
    <>
      <PageHeader title="Version skew" description="Kubernetes versions of control planes and workers against the version-skew policy and upstream end-of-life dates." />
      <SkewPage />
    </>
  );
}
