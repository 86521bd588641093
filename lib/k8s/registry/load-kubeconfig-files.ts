import { existsSync } from 'node:fs';
import type { Environment } from './environment';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

/** $KUBECONFIG (a path list) or ~/.kube/config, as kubectl resolves it. */
export function defaultKubeconfigPaths(env: Environment): string[] {
  const fromEnv = (env.KUBECONFIG ?? '').split(path.delimiter).filter((entry) => entry.length > 0);
  if (fromEnv.length > 0) return fromEnv;
  return [path.join(env.HOME ?? os.homedir(), '.kube', 'config')];
}

/** Loads and merges kubeconfig files; as kubectl does, the first file defining a name wins. */
export function loadKubeconfigFiles(paths: string[]): KubeConfig {
  const merged = new KubeConfig();
  merged.loadFromOptions({ clusters: [], users: [], contexts: [], currentContext: '' });
  for (const file of paths) {
    if (!existsSync(file)) continue;
    const single = new KubeConfig();
    // loadFromFile resolves relative certificate paths against the file's folder.
    single.loadFromFile(file);
    for (const cluster of single.getClusters()) if (!merged.getCluster(cluster.name)) merged.addCluster(cluster);
    for (const user of single.getUsers()) if (!merged.getUser(user.name)) merged.addUser(user);
    for (const context of single.getContexts()) if (!merged.getContextObject(context.name)) merged.addContext(context);
    if (!merged.getCurrentContext() && single.getCurrentContext()) merged.setCurrentContext(single.getCurrentContext());
  }
  return merged;
}
