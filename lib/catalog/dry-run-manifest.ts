// Server-side dry-run of the Cluster a request would create, on its management cluster: a create
// (POST with dryRun=All), so the API server's answer covers everything creating it would meet —
// schema, the CAPI webhook, and a cluster of that name already being there — mapped onto the
// request form's fields.
import type { ClusterManifest } from '@/lib/capi/cluster-request/render-cluster-manifest';
import { mapDryRunErrors } from '@/lib/capi/variables/map-dry-run-errors';
import { createObject } from '@/lib/k8s/apply/create-object';
import type { KubeResult } from '@/lib/k8s/apply/server-side-apply';
import type { K8sObject } from '@/lib/k8s/informers/kube-object';
import type { PreviewResult } from './catalog-types';

export type DryRunApply = (options: { managementCluster: string; manifest: ClusterManifest }) => Promise<KubeResult<K8sObject>>;

const defaultApply: DryRunApply = ({ managementCluster, manifest }) =>
  createObject({ managementCluster, object: { apiVersion: manifest.apiVersion, kind: manifest.kind, metadata: { ...manifest.metadata }, spec: manifest.spec }, dryRun: true, fieldManager: 'quarterdeck', timeoutMs: 15_000 });

export async function dryRunManifest(options: { managementCluster: string; manifest: ClusterManifest; apply?: DryRunApply }): Promise<PreviewResult['dryRun']> {
  const result = await (options.apply ?? defaultApply)({ managementCluster: options.managementCluster, manifest: options.manifest });
  if (result.ok) return { ok: true, fieldErrors: [], messages: [] };
  const { failure } = result;
  if (failure.reason === 'AlreadyExists') {
    const { name, namespace } = options.manifest.metadata;
    return { ok: false, fieldErrors: [{ field: 'name', message: `a cluster named ${name} already exists in ${namespace} on ${options.managementCluster}` }], messages: [] };
  }
  if (failure.kind === 'invalid' || failure.causes.length > 0) return { ok: false, ...mapDryRunErrors({ causes: failure.causes, message: failure.message }) };
  return { ok: false, fieldErrors: [], messages: [failure.message] };
}
