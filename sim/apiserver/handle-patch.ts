// PATCH: JSON merge patch, JSON patch, strategic merge patch (built-in types only, 415 for custom
// resources as kube-apiserver answers) and server-side apply (delegated to sim/apply).
import { applyConflictError, type ApplyConflict } from '../apply/apply-conflicts';
import { applyPatch } from '../apply/apply-patch';
import { ApiError } from '../core/api-error';
import { checkObject } from './decode-object';
import { createAdmitted } from './handle-create';
import { updateAdmitted } from './handle-update';
import { applyJsonPatch } from './json-patch';
import { mergePatch } from './merge-patch';
import { decodeBody, mediaType, readBody } from './read-body';
import { toServed } from './served-object';
import type { HandlerResult, ResourceRequest } from './server-context';
import { strategicMergePatch } from './strategic-merge-patch';
import { assertWritable, writeOptions } from './write-options';

const MERGE = 'application/merge-patch+json';
const JSON_PATCH = 'application/json-patch+json';
const STRATEGIC = 'application/strategic-merge-patch+json';
const APPLY = 'application/apply-patch+yaml';

export async function handlePatch(rr: ResourceRequest): Promise<HandlerResult> {
  assertWritable(rr, 'patch');
  const type = mediaType(rr.req);
  const isCustom = rr.version.schema !== undefined;
  if (![MERGE, JSON_PATCH, STRATEGIC, APPLY, 'application/apply-patch+cbor'].includes(type) || (type === STRATEGIC && isCustom)) {
    throw ApiError.unsupportedMediaType(type);
  }
  const patch = decodeBody(await readBody(rr.req), type);
  if (type === APPLY) return serverSideApply(rr, patch);
  const name = rr.path.name ?? '';
  const live = rr.ctx.store.get(rr.storage, rr.path.namespace, name);
  if (!live) throw ApiError.notFound(rr.type, name);
  const current = toServed(rr, live);
  const patched = type === JSON_PATCH ? applyJsonPatch(current, patch) : type === MERGE ? mergePatch(current, patch) : strategicMergePatch(current, patch);
  const object = checkObject(rr, patched);
  if (!object.metadata.resourceVersion) object.metadata.resourceVersion = live.metadata.resourceVersion;
  return updateAdmitted(rr, object);
}

function serverSideApply(rr: ResourceRequest, patch: unknown): HandlerResult {
  if (!rr.query.get('fieldManager')) {
    throw ApiError.badRequest('PATCH /apply requests require a fieldManager query parameter (fieldManager is required for apply requests)');
  }
  const manager = rr.query.get('fieldManager') ?? '';
  const force = rr.query.get('force') === 'true';
  const applied = checkObject(rr, patch);
  const name = rr.path.name ?? '';
  const live = rr.ctx.store.get(rr.storage, rr.path.namespace, name);
  const result = applyPatch({
    live: live ? toServed(rr, live) : undefined,
    patch: applied,
    manager,
    force,
    schema: rr.version.schema,
    now: rr.ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  if ('conflicts' in result) throw applyConflict(rr, name, result.conflicts);
  // applyPatch already recorded managedFields (operation Apply): the store must not add an Update entry.
  const options = { ...writeOptions(rr), fieldManager: undefined };
  if (!live) return createAdmitted(rr, result.object, options);
  const object = { ...result.object, metadata: { ...result.object.metadata, resourceVersion: live.metadata.resourceVersion } };
  return updateAdmitted(rr, object, options);
}

function applyConflict(rr: ResourceRequest, name: string, conflicts: ApplyConflict[]): ApiError {
  const error = applyConflictError(conflicts);
  return new ApiError({ ...error.status, details: { ...error.status.details, name, group: rr.type.group || undefined, kind: rr.type.resource } });
}
