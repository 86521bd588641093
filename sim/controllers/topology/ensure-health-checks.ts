// MachineHealthChecks the topology controller creates from the class's healthCheck stanzas.
import type { KubeObject } from '../../core/kube-object';
import { CORE_API_VERSION, LABEL_CLUSTER_NAME, LABEL_CONTROL_PLANE, LABEL_TOPOLOGY_DEPLOYMENT, LABEL_TOPOLOGY_OWNED } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';

function mhc(cluster: KubeObject, name: string, selector: Record<string, string>, healthCheck: Record<string, unknown>): KubeObject {
  return {
    apiVersion: CORE_API_VERSION,
    kind: 'MachineHealthCheck',
    metadata: { name, namespace: cluster.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: '', labels: { [LABEL_CLUSTER_NAME]: cluster.metadata.name, [LABEL_TOPOLOGY_OWNED]: '' }, ownerReferences: [{ apiVersion: cluster.apiVersion, kind: 'Cluster', name: cluster.metadata.name, uid: cluster.metadata.uid }] },
    spec: { clusterName: cluster.metadata.name, selector: { matchLabels: selector }, checks: rec(healthCheck.checks), ...(healthCheck.remediation ? { remediation: healthCheck.remediation } : {}) },
  };
}

export function ensureHealthChecks(options: { ctx: ControllerContext; cluster: KubeObject; cc: KubeObject; kcpName: string | undefined }): void {
  const { ctx, cluster, cc } = options;
  const existing = new Set(ctx.cache.listByCluster('MachineHealthCheck', cluster.metadata.namespace, cluster.metadata.name).map((m) => m.metadata.name));
  const cpCheck = rec(rec(rec(cc.spec).controlPlane).healthCheck);
  if (options.kcpName && Object.keys(cpCheck).length && !existing.has(options.kcpName)) {
    ctx.create(mhc(cluster, options.kcpName, { [LABEL_CLUSTER_NAME]: cluster.metadata.name, [LABEL_CONTROL_PLANE]: '' }, cpCheck));
  }
  const classes = list(rec(rec(cc.spec).workers).machineDeployments).map(rec);
  for (const md of ctx.cache.listByCluster('MachineDeployment', cluster.metadata.namespace, cluster.metadata.name)) {
    const topologyName = md.metadata.labels?.[LABEL_TOPOLOGY_DEPLOYMENT];
    const topology = list(rec(rec(rec(cluster.spec).topology).workers).machineDeployments).map(rec).find((t) => t.name === topologyName);
    const check = rec(classes.find((c) => c.class === topology?.class)?.healthCheck);
    if (!topologyName || !Object.keys(check).length || existing.has(md.metadata.name)) continue;
    ctx.create(mhc(cluster, md.metadata.name, { [LABEL_CLUSTER_NAME]: cluster.metadata.name, [LABEL_TOPOLOGY_DEPLOYMENT]: str(topologyName) ?? '' }, check));
  }
}
