import type { Metadata } from 'next';
import { TokensPage } from '@/components/tokens/tokens-page';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getSessionUser } from '@/lib/auth/get-session-user';
import { hasPermission } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'API tokens' };

export default async function Page() {
  const user = await getSessionUser();
  const allowed = user ? hasPermission(user.roles, 'tokens:manage') : false;
  return (
    <>
      <PageHeader title="API tokens" description="Personal tokens for CI pipelines and scripts: they carry your roles, expire, and can be revoked. Every use is on the audit trail." />
      {allowed ? <TokensPage /> : <EmptyState title="Your roles do not include API tokens">Requesters, approvers and admins can create personal tokens.</EmptyState>}
    </>
  );
}
