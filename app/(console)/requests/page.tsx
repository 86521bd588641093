import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RequestsPage } from '@/components/requests/requests-page';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { getSessionUser } from '@/lib/auth/get-session-user';
import { hasPermission } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Requests' };

export default async function Page() {
  const user = await getSessionUser();
  const approver = user ? hasPermission(user.roles, 'requests:approve') : false;
  return (
    <>
      <PageHeader title="Requests" description="Change requests to the fleet: what you asked for, and what waits for your approval." />
      <Suspense fallback={<LoadingState label="Loading change requests…" />}>
        <RequestsPage defaultScope={approver ? 'to-approve' : 'mine'} />
      </Suspense>
    </>
  );
}
