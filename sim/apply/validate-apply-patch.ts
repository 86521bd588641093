// The checks kube-apiserver makes on an applied configuration before merging it (all 400 BadRequest).
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { isRecord } from './type-node';

export function validateApplyPatch(patch: KubeObject, live: KubeObject | undefined): void {
  if (!isRecord(patch)) throw ApiError.badRequest('error decoding YAML: the applied configuration must be an object');
  if (typeof patch.apiVersion !== 'string' || !patch.apiVersion) throw ApiError.badRequest("Object 'apiVersion' is missing in applied configuration");
  if (typeof patch.kind !== 'string' || !patch.kind) throw ApiError.badRequest("Object 'Kind' is missing in applied configuration");
  if (!isRecord(patch.metadata)) throw ApiError.badRequest('metadata is required in an applied configuration');
  if (patch.metadata.managedFields !== undefined) throw ApiError.badRequest('metadata.managedFields must be nil');
  if (!live) return;
  if (groupOf(patch.apiVersion) !== groupOf(live.apiVersion) || patch.kind !== live.kind) {
    throw ApiError.badRequest(`invalid object type: ${gvkString(patch)}`);
  }
  if (patch.apiVersion !== live.apiVersion) {
    throw ApiError.badRequest(`Incorrect version specified in apply patch. Specified patch version: ${patch.apiVersion}, expected: ${live.apiVersion}`);
  }
  const name = patch.metadata.name;
  if (name !== undefined && name !== live.metadata.name) {
    throw ApiError.badRequest(`the name of the object (${String(name)}) does not match the name on the URL (${live.metadata.name})`);
  }
  const namespace = patch.metadata.namespace;
  if (namespace !== undefined && namespace !== '' && namespace !== (live.metadata.namespace ?? '')) {
    throw ApiError.badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

// schema.GroupVersionKind.String(): "cluster.x-k8s.io/v1beta2, Kind=Cluster" ("/v1, Kind=ConfigMap" for core).
function gvkString(object: KubeObject): string {
  const group = groupOf(object.apiVersion);
  const version = object.apiVersion.slice(group ? group.length + 1 : 0);
  return `${group}/${version}, Kind=${object.kind}`;
}
