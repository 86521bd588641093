import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';

export const metadata: Metadata = { title: 'Triage' };

export default function Page() {
  return <ComingSoon title="Triage" description="A fleet-wide queue of stuck and failing clusters with their first failing link." issue="On-call triage" />;
}
