import type { Metadata } from 'next';
import { ClusterDetailPage } from '@/components/fleet/cluster-detail-page';
import { getSessionUser } from '@/lib/auth/get-session-user';
import { hasPermission } from '@/lib/auth/roles';

type Params = { managementCluster: string; namespace: string; name: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).name) };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { managementCluster, namespace, name } = await params;
  const user = await getSessionUser();
  const canRequest = user ? hasPermission(user.roles, 'requests:create') : false;
  const canReadAudit = user ? hasPermission(user.roles, 'audit:read') : false;
  return <ClusterDetailPage managementCluster={decodeURIComponent(managementCluster)} namespace={decodeURIComponent(namespace)} name={decodeURIComponent(name)} canRequest={canRequest} canReadAudit={canReadAudit} />;
}
