import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AuditChainStatus } from '@/components/audit/audit-chain-status';
import { AuditPage } from '@/components/audit/audit-page';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getSessionUser } from '@/lib/auth/get-session-user';
import { hasPermission } from '@/lib/auth/roles';
import { getConfig } from '@/lib/config/get-config';
import { getPrisma } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Audit' };

async function chainVerdict() {
  try {
    return await verifyAuditChain(getPrisma());
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'unknown error' };
  }
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSessionUser();
  const header = <PageHeader title="Audit" description="Every change request, approval, apply and kubeconfig download, on a tamper-evident hash chain." />;
  if (!user || !hasPermission(user.roles, 'audit:read')) {
    return (
      <>
        {header}
        <EmptyState title="You may not read the audit trail">It needs the approver or admin role.</EmptyState>
      </>
    );
  }
  const isAdmin = hasPermission(user.roles, 'admin');
  const verify = isAdmin && (await searchParams).verify === '1';
  return (
    <>
      {header}
      {verify ? <AuditChainStatus verdict={await chainVerdict()} /> : null}
      {isAdmin && !verify ? (
        <p className="mb-4 text-sm">
          <Link className="text-sky-800 underline" href="/audit?verify=1">Verify the hash chain</Link>
        </p>
      ) : null}
      <Suspense fallback={<LoadingState label="Loading audit events…" />}>
        <AuditPage teams={getConfig().config.teams.map((team) => team.name)} />
      </Suspense>
    </>
  );
}
