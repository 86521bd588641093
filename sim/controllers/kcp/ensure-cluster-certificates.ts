import type { KubeObject } from '../../core/kube-object';
import { LABEL_CLUSTER_NAME } from '../kinds';
import type { ControllerContext } from '../runtime/context';

const PURPOSES = ['ca', 'etcd', 'proxy', 'sa'];

function pem(kind: string, body: string): string {
  return `-----BEGIN ${kind}-----\n${Buffer.from(body).toString('base64')}\n-----END ${kind}-----\n`;
}

/** The cluster certificate Secrets KCP generates (<cluster>-ca, -etcd, -proxy, -sa). Content is placeholder PEM. */
export function ensureClusterCertificates(ctx: ControllerContext, kcp: KubeObject, cluster: KubeObject): void {
  const ns = kcp.metadata.namespace;
  for (const purpose of PURPOSES) {
    const name = `${cluster.metadata.name}-${purpose}`;
    if (ctx.store.get(ctx.gr('Secret'), ns, name)) continue;
    const data = purpose === 'sa' ? { 'tls.crt': pem('PUBLIC KEY', `sim ${name}`), 'tls.key': pem('RSA PRIVATE KEY', `sim ${name}`) } : { 'tls.crt': pem('CERTIFICATE', `sim ${name}`), 'tls.key': pem('RSA PRIVATE KEY', `sim ${name}`) };
    ctx.create({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'cluster.x-k8s.io/secret',
      metadata: { name, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '', labels: { [LABEL_CLUSTER_NAME]: cluster.metadata.name }, ownerReferences: [{ apiVersion: kcp.apiVersion, kind: kcp.kind, name: kcp.metadata.name, uid: kcp.metadata.uid, controller: true }] },
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    });
  }
}
