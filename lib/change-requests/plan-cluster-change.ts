// Turns a scale/upgrade/pause/resume/delete input into an apply plan against the live Cluster.
// Each apply is a minimal object carrying the resourceVersion seen now: if the object changes
// before the worker applies, the API server answers 409 and the request goes back to approval.
// Every kind of change has its own field manager, always applying the same field set: one
// shared manager would remove the fields it applied earlier and omits now (SSA semantics).
import { getObject } from '@/lib/k8s/apply/get-object';
import type { K8sObject } from '@/lib/k8s/informers/kube-object';
import { AppError } from '@/lib/errors/app-error';
import type { ChangeRequestInput } from './change-request-input';
import type { ApplyPlan, PlanObject, PlanStep } from './apply-plan';
import { checkUpgradeVersion } from './check-upgrade-version';
import { listClusterMachineDeployments } from './list-cluster-machine-deployments';

type UpdateInput = Exclude<ChangeRequestInput, { type: 'create-cluster' }>;

const metaOf = (object: K8sObject): PlanObject['metadata'] => ({ name: object.metadata.name, namespace: object.metadata.namespace, resourceVersion: object.metadata.resourceVersion });
const apply = (fieldManager: string, object: PlanObject): PlanStep => ({ op: 'apply', fieldManager, force: true, object });

function topologyOf(cluster: K8sObject): { workers?: { machineDeployments?: { name?: string }[] } } | null {
  const spec = cluster.spec as { topology?: unknown } | undefined;
  return spec?.topology && typeof spec.topology === 'object' ? (spec.topology) : null;
}

function controlPlaneApiVersion(cluster: K8sObject): { apiVersion: string; kind: string; name: string } {
  const ref = (cluster.spec as { controlPlaneRef?: { apiVersion?: string; apiGroup?: string; kind?: string; name?: string } } | undefined)?.controlPlaneRef;
  if (!ref?.kind || !ref.name) throw new AppError({ code: 'validation', message: `Cluster ${cluster.metadata.name} has neither a topology nor a control plane reference` });
  // v1beta2 refs name the group only; the provider contract version follows the Cluster's.
  const apiVersion = ref.apiVersion ?? `${ref.apiGroup ?? 'controlplane.cluster.x-k8s.io'}/${cluster.apiVersion.split('/')[1] ?? 'v1beta2'}`;
  return { apiVersion, kind: ref.kind, name: ref.name };
}

export async function planClusterChange(options: { input: UpdateInput; cluster: K8sObject }): Promise<ApplyPlan> {
  const { input, cluster } = options;
  const base = { apiVersion: cluster.apiVersion, kind: 'Cluster' };
  const topology = topologyOf(cluster);
  switch (input.type) {
    case 'pause':
    case 'resume':
      return { steps: [apply('quarterdeck-pause', { ...base, metadata: metaOf(cluster), spec: { paused: input.type === 'pause' } })] };
    case 'delete-cluster':
      if (input.confirmName !== input.clusterName) throw new AppError({ code: 'validation', message: 'Type the cluster name to confirm the deletion', details: { fieldErrors: [{ field: 'confirmName', message: `must be ${input.clusterName}` }] } });
      return { steps: [{ op: 'delete', uid: cluster.metadata.uid, object: { ...base, metadata: metaOf(cluster) } }] };
    case 'scale-pool': {
      if (topology) {
        if (!(topology.workers?.machineDeployments ?? []).some((pool) => pool.name === input.pool)) throw new AppError({ code: 'validation', message: `Cluster ${input.clusterName} has no worker pool ${input.pool}` });
        return { steps: [apply(`quarterdeck-scale-${input.pool}`.slice(0, 128), { ...base, metadata: metaOf(cluster), spec: { topology: { workers: { machineDeployments: [{ name: input.pool, replicas: input.replicas }] } } } })] };
      }
      const pools = await listClusterMachineDeployments({ managementCluster: input.managementCluster, apiVersion: cluster.apiVersion, namespace: input.namespace, clusterName: input.clusterName });
      const pool = pools.find((candidate) => candidate.metadata.name === input.pool);
      if (!pool) throw new AppError({ code: 'validation', message: `Cluster ${input.clusterName} has no MachineDeployment ${input.pool}` });
      return { steps: [apply(`quarterdeck-scale-${input.pool}`.slice(0, 128), { apiVersion: pool.apiVersion, kind: 'MachineDeployment', metadata: metaOf(pool), spec: { replicas: input.replicas } })] };
    }
    case 'upgrade-version': {
      if (topology) checkUpgradeVersion({ current: (topology as { version?: string }).version, target: input.version });
      if (topology) return { steps: [apply('quarterdeck-upgrade', { ...base, metadata: metaOf(cluster), spec: { topology: { version: input.version } } })] };
      // Without topology: the control plane first, then every MachineDeployment (version skew policy).
      const controlPlane = controlPlaneApiVersion(cluster);
      const live = await getObject({ managementCluster: input.managementCluster, apiVersion: controlPlane.apiVersion, kind: controlPlane.kind, namespace: input.namespace, name: controlPlane.name });
      if (!live.ok) throw new AppError({ code: 'unavailable', message: `Control plane ${controlPlane.kind}/${controlPlane.name}: ${live.failure.message}` });
      checkUpgradeVersion({ current: (live.value.spec as { version?: string } | undefined)?.version, target: input.version });
      const pools = await listClusterMachineDeployments({ managementCluster: input.managementCluster, apiVersion: cluster.apiVersion, namespace: input.namespace, clusterName: input.clusterName });
      return {
        steps: [
          apply('quarterdeck-upgrade', { apiVersion: live.value.apiVersion, kind: controlPlane.kind, metadata: metaOf(live.value), spec: { version: input.version } }),
          ...pools.map((pool) => apply('quarterdeck-upgrade', { apiVersion: pool.apiVersion, kind: 'MachineDeployment', metadata: metaOf(pool), spec: { template: { spec: { version: input.version } } } })),
        ],
      };
    }
  }
}
