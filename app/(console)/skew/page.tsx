import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';

export const metadata: Metadata = { title: 'Version skew' };

export default function Page() {
  return <ComingSoon title="Version skew" description="Kubernetes versions of control planes and workers against the skew policy and end-of-life dates." issue="Live fleet across management clusters" />;
}
