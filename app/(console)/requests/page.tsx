import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';

export const metadata: Metadata = { title: 'Requests' };

export default function Page() {
  return <ComingSoon title="Requests" description="Change requests and approvals." issue="Change requests with approvals" />;
}
