// The MachineDeployments of a Cluster without topology, straight from the API server.
import { resolveKubeConfig } from '@/lib/k8s/apply/resolve-target';
import { isK8sObject, type K8sObject } from '@/lib/k8s/informers/kube-object';
import { callKube } from '@/lib/k8s/request/call-kube';
import { AppError } from '@/lib/errors/app-error';

export async function listClusterMachineDeployments(options: { managementCluster: string; apiVersion: string; namespace: string; clusterName: string }): Promise<K8sObject[]> {
  const resolved = resolveKubeConfig(options.managementCluster);
  if (!resolved.ok) throw new AppError({ code: 'unavailable', message: resolved.failure.message });
  const result = await callKube({
    kubeConfig: resolved.kubeConfig,
    path: `/apis/${options.apiVersion}/namespaces/${encodeURIComponent(options.namespace)}/machinedeployments`,
    query: { labelSelector: `cluster.x-k8s.io/cluster-name=${options.clusterName}` },
  });
  if (!result.ok) throw new AppError({ code: 'unavailable', message: `Management cluster ${options.managementCluster}: ${result.failure.message}` });
  const items = (result.value as { items?: unknown }).items;
  return Array.isArray(items) ? items.filter(isK8sObject) : [];
}
