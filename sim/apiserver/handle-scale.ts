// The scale subresource: an autoscaling/v1 Scale built from the CRD's specReplicasPath,
// statusReplicasPath and labelSelectorPath.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { checkObject, readObject } from './decode-object';
import { applyJsonPatch } from './json-patch';
import { mergePatch } from './merge-patch';
import { decodeBody, isRecord, mediaType, readBody } from './read-body';
import { toServed, toStorage } from './served-object';
import type { HandlerResult, ResourceRequest } from './server-context';
import { writeOptions } from './write-options';

const SCALE = { apiVersion: 'autoscaling/v1', kind: 'Scale' };

export async function handleScale(rr: ResourceRequest, verb: 'get' | 'update' | 'patch'): Promise<HandlerResult> {
  const paths = rr.version.subresources.scale;
  if (!paths) throw ApiError.pathNotFound();
  const name = rr.path.name ?? '';
  const live = rr.ctx.store.get(rr.storage, rr.path.namespace, name);
  if (!live) throw ApiError.notFound(rr.type, name);
  const served = toServed(rr, live);
  const current = toScale(served, paths);
  if (verb === 'get') return { code: 200, body: current };
  let wanted: KubeObject;
  if (verb === 'update') {
    wanted = await readObject(rr, SCALE);
  } else {
    const type = mediaType(rr.req);
    const patch = decodeBody(await readBody(rr.req), type);
    if (type === 'application/json-patch+json') wanted = checkObject(rr, applyJsonPatch(current, patch), SCALE);
    else if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json') wanted = checkObject(rr, mergePatch(current, patch), SCALE);
    else throw ApiError.unsupportedMediaType(type);
  }
  const replicas = (wanted.spec as { replicas?: unknown } | undefined)?.replicas;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw ApiError.invalid({ group: 'autoscaling', kind: 'Scale', name, causes: [{ reason: 'FieldValueInvalid', message: `Invalid value: ${String(replicas)}: must be greater than or equal to 0`, field: 'spec.replicas' }] });
  }
  const next = structuredClone(served);
  setPath(next, paths.specReplicasPath, replicas);
  next.metadata.resourceVersion = wanted.metadata.resourceVersion || live.metadata.resourceVersion;
  const updated = rr.ctx.store.update(rr.storage, toStorage(rr, next), { ...writeOptions(rr), subresource: 'scale' });
  return { code: 200, body: toScale(toServed(rr, updated), paths) };
}

function toScale(object: KubeObject, paths: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string }): KubeObject {
  const status: Record<string, unknown> = { replicas: numberAt(object, paths.statusReplicasPath) ?? 0 };
  const selector = paths.labelSelectorPath ? getPath(object, paths.labelSelectorPath) : undefined;
  if (typeof selector === 'string' && selector !== '') status.selector = selector;
  const { name, namespace, uid, resourceVersion, creationTimestamp } = object.metadata;
  return {
    ...SCALE,
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: numberAt(object, paths.specReplicasPath) ?? 0 },
    status,
  };
}

function numberAt(object: unknown, path: string): number | undefined {
  const value = getPath(object, path);
  return typeof value === 'number' ? value : undefined;
}

function getPath(object: unknown, path: string): unknown {
  let current = object;
  for (const key of path.split('.').filter((k) => k !== '')) current = isRecord(current) ? current[key] : undefined;
  return current;
}

function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.').filter((k) => k !== '');
  let current = object;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(current[key])) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (last) current[last] = value;
}
