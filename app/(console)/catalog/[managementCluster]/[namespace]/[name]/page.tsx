import type { Metadata } from 'next';
import { RequestFormPage } from '@/components/catalog/request-form-page';

type Params = { managementCluster: string; namespace: string; name: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `Request: ${decodeURIComponent((await params).name)}` };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { managementCluster, namespace, name } = await params;
  return <RequestFormPage managementCluster={decodeURIComponent(managementCluster)} namespace={decodeURIComponent(namespace)} name={decodeURIComponent(name)} />;
}
