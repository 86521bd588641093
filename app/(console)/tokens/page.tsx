import type { Metadata } from 'next';
import { TokensPage } from '@/components/tokens/tokens-page';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'API tokens' };

export default function Page() {
  return (
    <>
      <PageHeader title="API tokens" description="Personal tokens for CI pipelines and scripts: they carry your roles, expire, and can be revoked. Every use is on the audit trail." />
      <TokensPage />
    </>
  );
}
