// Reads a Cluster straight from the API server in the newest CAPI version the management
// cluster serves (v1beta2, or v1beta1 on Cluster API v1.10 and older).
import { getObject } from '@/lib/k8s/apply/get-object';
import type { K8sObject } from '@/lib/k8s/informers/kube-object';
import { AppError } from '@/lib/errors/app-error';

export async function readCluster(options: { managementCluster: string; namespace: string; name: string }): Promise<K8sObject | null> {
  for (const version of ['v1beta2', 'v1beta1']) {
    const result = await getObject({ managementCluster: options.managementCluster, apiVersion: `cluster.x-k8s.io/${version}`, kind: 'Cluster', namespace: options.namespace, name: options.name });
    if (result.ok) return result.value;
    if (result.failure.kind === 'not-found' && /is not served/.test(result.failure.message)) continue;
    if (result.failure.kind === 'not-found') return null;
    throw new AppError({ code: 'unavailable', message: `Management cluster ${options.managementCluster}: ${result.failure.message}` });
  }
  return null;
}
