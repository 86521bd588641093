// Known console CVE classes: a kubeconfig with an exec/auth-provider user runs commands (or
// plugins) on the Quarterdeck server, and insecure-skip-tls-verify allows a man in the middle.
// They are refused unless the operator opted in for that management cluster.
import type { KubeConfig } from '@kubernetes/client-node';

export type KubeconfigSafety = { safe: true } | { safe: false; reasons: string[] };

export interface CheckKubeconfigSafetyOptions {
  managementCluster: string;
  /** Already restricted to the management cluster's context. */
  kubeConfig: KubeConfig;
  allowUnsafeKubeconfig: boolean;
}

const OPT_IN = 'set allowUnsafeKubeconfig: true for this management cluster to allow it';

export function checkKubeconfigSafety(options: CheckKubeconfigSafetyOptions): KubeconfigSafety {
  if (options.allowUnsafeKubeconfig) return { safe: true };
  const reasons: string[] = [];
  const prefix = `management cluster "${options.managementCluster}"`;
  const user = options.kubeConfig.getCurrentUser();
  const cluster = options.kubeConfig.getCurrentCluster();
  // client-node keeps absent fields as null or undefined: test truthiness, never print the value.
  if (user?.exec) reasons.push(`${prefix}: user "${user.name}" uses "exec" (runs a command on the Quarterdeck server); ${OPT_IN}`);
  if (user?.authProvider) reasons.push(`${prefix}: user "${user.name}" uses "auth-provider" (runs an auth plugin on the Quarterdeck server); ${OPT_IN}`);
  if (cluster?.skipTLSVerify) reasons.push(`${prefix}: cluster "${cluster.name}" sets "insecure-skip-tls-verify: true"; ${OPT_IN}`);
  return reasons.length === 0 ? { safe: true } : { safe: false, reasons };
}
