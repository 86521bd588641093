import type { KubeConfig } from '@kubernetes/client-node';

export type ManagementClusterSource = 'config' | 'kubeconfig' | 'demo' | 'in-cluster';

/** One management cluster Quarterdeck knows about. */
export interface ManagementClusterEntry {
  name: string;
  displayName: string;
  labels: Record<string, string>;
  source: ManagementClusterSource;
  /** Restricted to this management cluster's context; null when refused. */
  kubeConfig: KubeConfig | null;
  /** Why Quarterdeck will not connect (safety check or unreadable kubeconfig). Safe text, never a credential. */
  refusal: string | null;
}
