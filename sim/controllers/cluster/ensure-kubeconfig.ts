import type { KubeObject } from '../../core/kube-object';
import { LABEL_CLUSTER_NAME } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';

export function renderKubeconfig(cluster: KubeObject): string {
  const name = cluster.metadata.name;
  const endpoint = rec(rec(cluster.spec).controlPlaneEndpoint);
  const server = `https://${str(endpoint.host) ?? '127.0.0.1'}:${typeof endpoint.port === 'number' ? endpoint.port : 6443}`;
  const fake = (what: string): string => Buffer.from(`-----BEGIN ${what}-----\nc2ltdWxhdGVk\n-----END ${what}-----\n`).toString('base64');
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${fake('CERTIFICATE')}`,
    `    server: ${server}`,
    `  name: ${name}`,
    'contexts:',
    '- context:',
    `    cluster: ${name}`,
    `    user: ${name}-admin`,
    `  name: ${name}-admin@${name}`,
    `current-context: ${name}-admin@${name}`,
    'kind: Config',
    'preferences: {}',
    'users:',
    `- name: ${name}-admin`,
    '  user:',
    `    client-certificate-data: ${fake('CERTIFICATE')}`,
    `    client-key-data: ${fake('RSA PRIVATE KEY')}`,
    '',
  ].join('\n');
}

/** The <cluster>-kubeconfig Secret, created once the control plane is initialized. */
export function ensureKubeconfig(ctx: ControllerContext, cluster: KubeObject): void {
  const name = `${cluster.metadata.name}-kubeconfig`;
  if (ctx.store.get(ctx.gr('Secret'), cluster.metadata.namespace, name)) return;
  ctx.create({
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'cluster.x-k8s.io/secret',
    metadata: { name, namespace: cluster.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: '', labels: { [LABEL_CLUSTER_NAME]: cluster.metadata.name }, ownerReferences: [{ apiVersion: cluster.apiVersion, kind: cluster.kind, name: cluster.metadata.name, uid: cluster.metadata.uid, controller: true }] },
    data: { value: Buffer.from(renderKubeconfig(cluster)).toString('base64') },
  });
}
