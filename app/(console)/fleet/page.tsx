import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';

export const metadata: Metadata = { title: 'Fleet' };

export default function Page() {
  return <ComingSoon title="Fleet" description="Every workload cluster across your management clusters" issue=" health, versions, what is stuck.:Live fleet across management clusters" />;
}
