// KubeadmConfig controller (CABPK): once the cluster infrastructure is ready (and, for joining
// nodes, the control plane is initialized) it renders cloud-init into the bootstrap data Secret.
import type { KubeObject } from '../../core/kube-object';
import { LABEL_CLUSTER_NAME, LABEL_CONTROL_PLANE } from '../kinds';
import { conditionsOf, mergeConditions, mergeV1Beta1Conditions, type ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec } from '../runtime/json';
import { clusterOf, pausedCondition } from '../runtime/paused';
import { renderCloudInit } from './render-cloud-init';

export function reconcileKubeadmConfig(ctx: ControllerContext, config: KubeObject): void {
  const paused = pausedCondition(ctx, config);
  if (config.metadata.deletionTimestamp) return;
  const prior = rec(config.status);
  const write = (conds: ConditionInput[], extra: Record<string, unknown>): boolean => {
    const now = ctx.nowIso();
    const ready = conds.find((c) => c.type === 'DataSecretAvailable') ?? conds[0];
    return ctx.writeStatus(config, {
      ...prior,
      ...extra,
      observedGeneration: config.metadata.generation ?? 1,
      conditions: mergeConditions({ existing: conditionsOf(config), next: [{ type: 'Ready', status: ready?.status ?? 'Unknown', reason: ready?.status === 'True' ? 'Ready' : 'NotReady', message: ready?.status === 'True' ? '' : `* DataSecretAvailable: ${ready?.message ?? ''}` }, ...conds, paused], now, generation: config.metadata.generation }),
      deprecated: { v1beta1: { conditions: mergeV1Beta1Conditions({ existing: rec(rec(prior.deprecated).v1beta1).conditions, now, next: conds.map((c) => ({ type: c.type, status: c.status, reason: c.reason, severity: 'Info' as const, message: c.message })) }) } },
    });
  };
  if (paused.status === 'True') {
    write([], {});
    return;
  }
  if (rec(prior.initialization).dataSecretCreated === true) return;
  const cluster = clusterOf(ctx, config);
  const clusterInit = rec(rec(cluster?.status).initialization);
  const certs: ConditionInput = { type: 'CertificatesAvailable', status: 'True', reason: 'Available' };
  if (clusterInit.infrastructureProvisioned !== true) {
    write([{ type: 'DataSecretAvailable', status: 'False', reason: 'NotAvailable', message: 'Waiting for Cluster status.initialization.infrastructureProvisioned to be true' }, certs], {});
    return;
  }
  const spec = rec(config.spec);
  const joining = spec.initConfiguration === undefined && spec.clusterConfiguration === undefined;
  const isControlPlane = config.metadata.labels?.[LABEL_CONTROL_PLANE] !== undefined;
  if ((joining || !isControlPlane) && clusterInit.controlPlaneInitialized !== true) {
    write([{ type: 'DataSecretAvailable', status: 'False', reason: 'NotAvailable', message: 'Waiting for Cluster control plane to be initialized' }, certs], {});
    return;
  }
  if (!ctx.waited(config, 'render', ctx.durations.bootstrapMs)) return;
  const clusterName = config.metadata.labels?.[LABEL_CLUSTER_NAME] ?? '';
  const secretName = config.metadata.name;
  if (!ctx.cache.get('Secret', config.metadata.namespace, secretName) && !ctx.store.get(ctx.gr('Secret'), config.metadata.namespace, secretName)) {
    ctx.create({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'cluster.x-k8s.io/secret',
      metadata: { name: secretName, namespace: config.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: '', labels: { [LABEL_CLUSTER_NAME]: clusterName }, ownerReferences: [{ apiVersion: config.apiVersion, kind: config.kind, name: config.metadata.name, uid: config.metadata.uid, controller: true }] },
      data: { format: Buffer.from('cloud-config').toString('base64'), value: Buffer.from(renderCloudInit({ config, joining })).toString('base64') },
    });
  }
  write([{ type: 'DataSecretAvailable', status: 'True', reason: 'Available' }, certs], { dataSecretName: secretName, initialization: { dataSecretCreated: true } });
}
