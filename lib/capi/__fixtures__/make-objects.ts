/**
 * Builders of raw Kubernetes objects in the exact shape each served version has: v1beta2 keeps the new conditions
 * in `status.conditions` and the old ones in `status.deprecated.v1beta1`, v1beta1 keeps the old ones in
 * `status.conditions` and the new ones in `status.v1beta2` (CAPI 1.9/1.10).
 */
export type CapiVersion = 'v1beta1' | 'v1beta2';
export type RawObject = Record<string, unknown>;

export interface Cond {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  severity?: 'Error' | 'Warning' | 'Info';
  lastTransitionTime?: string;
}

export const T0 = '2026-11-21T08:00:00Z';
export const CLUSTER_LABEL = 'cluster.x-k8s.io/cluster-name';

/** `c('Ready=False', { reason, message })`: short enough to keep fixture tables readable. */
export function c(typeAndStatus: string, extra: Omit<Partial<Cond>, 'type' | 'status'> = {}): Cond {
  const [type = '', status = 'Unknown'] = typeAndStatus.split('=');
  const normalized: Cond['status'] = status === 'True' || status === 'False' ? status : 'Unknown';
  return { type, status: normalized, lastTransitionTime: T0, ...extra };
}

/** v1beta2 conditions always have a reason; v1beta1 ones carry severity when False. */
function asV1beta2(conditions: Cond[]): RawObject[] {
  return conditions.map(({ severity: _s, ...c }) => ({ ...c, reason: c.reason ?? c.type, message: c.message ?? '' }));
}

export function ref(version: CapiVersion, options: { group: string; providerVersion?: string; kind: string; name: string; namespace: string }): RawObject {
  if (version === 'v1beta2') return { apiGroup: options.group, kind: options.kind, name: options.name };
  return { apiVersion: `${options.group}/${options.providerVersion ?? 'v1beta1'}`, kind: options.kind, name: options.name, namespace: options.namespace };
}

export interface MetaOptions {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  owner?: { apiVersion: string; kind: string; name: string; uid?: string };
  creationTimestamp?: string;
  deletionTimestamp?: string;
  finalizers?: string[];
}

export function meta(options: MetaOptions): RawObject {
  const namespace = options.namespace ?? 'default';
  return {
    name: options.name,
    namespace,
    uid: options.uid ?? `uid-${namespace}-${options.name}`,
    generation: 1,
    creationTimestamp: options.creationTimestamp ?? T0,
    ...(options.labels ? { labels: options.labels } : {}),
    ...(options.annotations ? { annotations: options.annotations } : {}),
    ...(options.deletionTimestamp ? { deletionTimestamp: options.deletionTimestamp } : {}),
    ...(options.finalizers ? { finalizers: options.finalizers } : {}),
    ...(options.owner
      ? { ownerReferences: [{ ...options.owner, uid: options.owner.uid ?? `uid-${namespace}-${options.owner.name}`, controller: true, blockOwnerDeletion: true }] }
      : {}),
  };
}

export interface StatusOptions {
  version: CapiVersion;
  v1beta2Conditions?: Cond[];
  v1beta1Conditions?: Cond[];
  /** Fields that exist in both versions under the same name (phase, replicas, version…). */
  common?: RawObject;
  /** Fields only in v1beta2 at the top level, and under `status.v1beta2` in v1beta1 (e.g. Cluster `controlPlane`). */
  v1beta2Only?: RawObject;
  /** Fields that moved to `status.deprecated.v1beta1` in v1beta2 (failureReason, v1beta1 counters). */
  v1beta1Only?: RawObject;
}

export function status(options: StatusOptions): RawObject {
  const v2 = options.v1beta2Conditions ? asV1beta2(options.v1beta2Conditions) : undefined;
  const v1 = options.v1beta1Conditions;
  if (options.version === 'v1beta2') {
    const deprecated = v1 || options.v1beta1Only ? { v1beta1: { ...(v1 ? { conditions: v1 } : {}), ...options.v1beta1Only } } : undefined;
    return { ...options.common, ...options.v1beta2Only, ...(v2 ? { conditions: v2 } : {}), ...(deprecated ? { deprecated } : {}) };
  }
  const nested = v2 || options.v1beta2Only ? { v1beta2: { ...(v2 ? { conditions: v2 } : {}), ...options.v1beta2Only } } : undefined;
  return { ...options.common, ...options.v1beta1Only, ...(v1 ? { conditions: v1 } : {}), ...nested };
}
