import type { Metadata } from 'next';
import { RequestDetailPage } from '@/components/requests/request-detail-page';

export const metadata: Metadata = { title: 'Change request' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RequestDetailPage id={decodeURIComponent(id)} />;
}
