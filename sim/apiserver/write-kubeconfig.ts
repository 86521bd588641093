// One kubeconfig with a context per simulated management cluster; the first is the current context.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

export interface KubeconfigCluster {
  name: string;
  url: string;
  caPem: string;
  token: string;
}

export interface WriteKubeconfigOptions {
  path: string;
  clusters: KubeconfigCluster[];
}

export function buildKubeconfig(clusters: KubeconfigCluster[]): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: clusters.map((c) => ({ name: c.name, cluster: { server: c.url, 'certificate-authority-data': Buffer.from(c.caPem).toString('base64') } })),
    users: clusters.map((c) => ({ name: `${c.name}-admin`, user: { token: c.token } })),
    contexts: clusters.map((c) => ({ name: c.name, context: { cluster: c.name, user: `${c.name}-admin` } })),
    'current-context': clusters[0]?.name ?? '',
  });
}

export function writeKubeconfig(options: WriteKubeconfigOptions): void {
  mkdirSync(path.dirname(options.path), { recursive: true });
  writeFileSync(options.path, buildKubeconfig(options.clusters), { mode: 0o600 });
}
