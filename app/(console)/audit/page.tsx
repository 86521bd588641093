import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';

export const metadata: Metadata = { title: 'Audit' };

export default function Page() {
  return <ComingSoon title="Audit" description="The tamper-evident audit trail." issue="The audit trail" />;
}
