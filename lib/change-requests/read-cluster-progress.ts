// Where a requested cluster stands: phase and Available (v1beta2) / Ready (v1beta1) condition.
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import type { K8sObject } from '@/lib/k8s/informers/kube-object';
import type { ChangeRequestProgress } from './change-request-view';
import { readCluster } from './read-cluster';

export function progressOf(cluster: K8sObject): ChangeRequestProgress {
  const status = (cluster.status ?? {}) as { phase?: unknown; conditions?: unknown; v1beta2?: { conditions?: unknown } };
  const conditions = [status.conditions, status.v1beta2?.conditions].flatMap((list) => (Array.isArray(list) ? (list as { type?: unknown; status?: unknown }[]) : []));
  const available = conditions.find((condition) => condition.type === 'Available') ?? (cluster.apiVersion.endsWith('/v1beta1') ? conditions.find((condition) => condition.type === 'Ready') : undefined);
  return {
    phase: typeof status.phase === 'string' ? status.phase : null,
    available: available ? available.status === 'True' : null,
    stuckReason: null,
  };
}

export async function readClusterProgress(request: Pick<ChangeRequestModel, 'managementCluster' | 'namespace' | 'clusterName'>): Promise<ChangeRequestProgress | null> {
  const cluster = await readCluster({ managementCluster: request.managementCluster, namespace: request.namespace, name: request.clusterName });
  return cluster ? progressOf(cluster) : null;
}
