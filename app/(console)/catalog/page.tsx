import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';

export const metadata: Metadata = { title: 'Catalog' };

export default function Page() {
  return <ComingSoon title="Catalog" description="Request a workload cluster from a ClusterClass." issue="Self-service catalog" />;
}
