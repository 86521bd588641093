// The CAPI Cluster validating webhook at admission (create, update, dryRun=All alike): after schema
// validation passed, a denial comes back as the 422 kube-apiserver builds from a webhook's Status.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { validateClusterTopology } from '../controllers/topology/validate-cluster-topology';
import type { ResourceRequest } from './server-context';

const WEBHOOK = 'validation.cluster.cluster.x-k8s.io';
const CLASSES = { group: 'cluster.x-k8s.io', resource: 'clusterclasses' };

export function admitClusterWebhook(rr: ResourceRequest, object: KubeObject): void {
  if (rr.type.group !== 'cluster.x-k8s.io' || rr.type.kind !== 'Cluster' || rr.path.subresource) return;
  const { causes, warnings } = validateClusterTopology({ cluster: object, getClass: (namespace, name) => rr.ctx.store.get(CLASSES, namespace, name) });
  rr.warnings.push(...warnings);
  if (causes.length === 0) return;
  const invalid = ApiError.invalid({ group: rr.type.group, kind: rr.type.kind, name: object.metadata.name ?? '', causes });
  throw new ApiError({ reason: 'Invalid', code: 422, message: `admission webhook "${WEBHOOK}" denied the request: ${invalid.message}`, details: invalid.status.details });
}
