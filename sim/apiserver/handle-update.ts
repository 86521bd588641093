// PUT on an object or its status subresource.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { admitWrite } from './admit-write';
import { readObject } from './decode-object';
import { toServed } from './served-object';
import type { HandlerResult, ResourceRequest } from './server-context';
import { assertWritable, writeOptions } from './write-options';

export async function handleUpdate(rr: ResourceRequest): Promise<HandlerResult> {
  assertWritable(rr, 'update');
  const object = await readObject(rr);
  if (!object.metadata.resourceVersion) {
    throw ApiError.invalid({
      group: rr.type.group,
      kind: rr.type.kind,
      name: object.metadata.name,
      causes: [{ reason: 'FieldValueInvalid', message: 'Invalid value: 0x0: must be specified for an update', field: 'metadata.resourceVersion' }],
    });
  }
  return updateAdmitted(rr, object);
}

/** Admission and the store write shared by PUT and PATCH. `object` is in the request version. */
export function updateAdmitted(rr: ResourceRequest, object: KubeObject, options = writeOptions(rr)): HandlerResult {
  const name = rr.path.name ?? '';
  const live = rr.ctx.store.get(rr.storage, rr.path.namespace, name);
  if (!live) throw ApiError.notFound(rr.type, name);
  const stored = admitWrite(rr, object, toServed(rr, live));
  const { store } = rr.ctx;
  let updated: KubeObject;
  if (rr.path.subresource === 'status') {
    updated = store.updateStatus(rr.storage, stored, options);
  } else {
    updated = store.update(rr.storage, stored, { ...options, replaceStatus: !rr.version.subresources.status });
  }
  return { code: 200, body: toServed(rr, updated) };
}
