export interface NavItem {
  href: string;
  label: string;
  description: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/fleet', label: 'Fleet', description: 'Every workload cluster across management clusters' },
  { href: '/triage', label: 'Triage', description: 'What is stuck and why' },
  { href: '/skew', label: 'Version skew', description: 'Kubernetes versions against policy and end of life' },
  { href: '/catalog', label: 'Catalog', description: 'Request a cluster from a ClusterClass' },
  { href: '/requests', label: 'Requests', description: 'Change requests and approvals' },
  { href: '/audit', label: 'Audit', description: 'Tamper-evident audit trail' },
  { href: '/tokens', label: 'API tokens', description: 'Personal tokens for CI pipelines' },
];
