import { KubeConfig } from '@kubernetes/client-node';

/** A KubeConfig holding only one context (with its cluster and user), which is also current. */
export function restrictKubeconfig(options: { kubeConfig: KubeConfig; context: string }): KubeConfig {
  const context = options.kubeConfig.getContextObject(options.context);
  if (!context) throw new Error(`context "${options.context}" is not in the kubeconfig`);
  const cluster = options.kubeConfig.getCluster(context.cluster);
  if (!cluster) throw new Error(`cluster "${context.cluster}" of context "${options.context}" is not in the kubeconfig`);
  const user = options.kubeConfig.getUser(context.user);
  if (!user) throw new Error(`user "${context.user}" of context "${options.context}" is not in the kubeconfig`);
  const restricted = new KubeConfig();
  restricted.loadFromOptions({ clusters: [cluster], users: [user], contexts: [context], currentContext: context.name });
  return restricted;
}
