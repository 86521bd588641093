// The Secrets CAPI keeps per workload cluster (kubeconfig and CA), with placeholder contents.
import { type ClusterBuild, seededMetadata } from './cluster-build';
import { controllerRef, LABELS } from './naming';
import type { SeedObject } from './types';

const toBase64 = (text: string): string => Buffer.from(text).toString('base64');

export function buildClusterSecrets(build: ClusterBuild, owner: SeedObject): SeedObject[] {
  const host = `${build.clusterName}.${build.namespace}.sim.quarterdeck.dev`;
  const kubeconfig = `apiVersion: v1\nkind: Config\nclusters:\n- name: ${build.clusterName}\n  cluster:\n    server: https://${host}:6443\ncontexts:\n- name: ${build.clusterName}-admin@${build.clusterName}\n  context: {cluster: ${build.clusterName}, user: ${build.clusterName}-admin}\ncurrent-context: ${build.clusterName}-admin@${build.clusterName}\nusers:\n- name: ${build.clusterName}-admin\n  user: {token: simulated}\n`;
  const secret = (suffix: string, data: Record<string, string>): SeedObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'cluster.x-k8s.io/secret',
    metadata: { ...seededMetadata(build, { name: `${build.clusterName}-${suffix}`, createdAfterSeconds: 30, labels: { [LABELS.clusterName]: build.clusterName } }), ownerReferences: [controllerRef(owner)] },
    data,
  });
  return [
    secret('ca', { 'tls.crt': toBase64('-----BEGIN CERTIFICATE-----\nsimulated\n-----END CERTIFICATE-----\n'), 'tls.key': toBase64('simulated') }),
    secret('kubeconfig', { value: toBase64(kubeconfig) }),
  ];
}
