import type { Metadata } from 'next';
import { ClusterDetailPage } from '@/components/fleet/cluster-detail-page';

type Params = { managementCluster: string; namespace: string; name: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).name) };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { managementCluster, namespace, name } = await params;
  return <ClusterDetailPage managementCluster={decodeURIComponent(managementCluster)} namespace={decodeURIComponent(namespace)} name={decodeURIComponent(name)} />;
}
