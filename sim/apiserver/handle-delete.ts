// DELETE on an object (DeleteOptions from the body or the query) and on a collection.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import type { DeleteOptions } from '../core/object-store';
import { decodeBody, isRecord, readBody } from './read-body';
import { toServed } from './served-object';
import type { HandlerResult, ResourceRequest } from './server-context';
import { assertWritable, isDryRun } from './write-options';

export async function handleDelete(rr: ResourceRequest): Promise<HandlerResult> {
  assertWritable(rr, 'delete');
  const options = await deleteOptions(rr);
  const name = rr.path.name ?? '';
  const result = rr.ctx.store.delete(rr.storage, rr.path.namespace, name, options);
  if (!result) throw ApiError.notFound(rr.type, name);
  return { code: 200, body: toServed(rr, result) };
}

export async function handleDeleteCollection(rr: ResourceRequest): Promise<HandlerResult> {
  assertWritable(rr, 'deletecollection');
  const options = await deleteOptions(rr);
  const { items } = rr.ctx.store.list(rr.storage, {
    namespace: rr.path.namespace,
    labelSelector: rr.query.get('labelSelector') ?? undefined,
    fieldSelector: rr.query.get('fieldSelector') ?? undefined,
  });
  const deleted: KubeObject[] = [];
  for (const item of items) {
    const result = rr.ctx.store.delete(rr.storage, item.metadata.namespace, item.metadata.name, options);
    if (result) deleted.push(toServed(rr, result));
  }
  return { code: 200, body: { apiVersion: rr.apiVersion, kind: rr.type.listKind, metadata: { resourceVersion: rr.ctx.store.currentResourceVersion() }, items: deleted } };
}

async function deleteOptions(rr: ResourceRequest): Promise<DeleteOptions> {
  const body = await readBody(rr.req);
  const fromBody = body.length > 0 ? decodeBody(body, 'application/json') : {};
  const opts = isRecord(fromBody) ? fromBody : {};
  const policy = opts.propagationPolicy ?? rr.query.get('propagationPolicy') ?? undefined;
  const orphan = opts.orphanDependents ?? (rr.query.get('orphanDependents') === 'true' ? true : undefined);
  if (policy !== undefined && policy !== 'Foreground' && policy !== 'Background' && policy !== 'Orphan') {
    throw ApiError.badRequest(`propagationPolicy: Unsupported value: ${JSON.stringify(policy)}: supported values: "Foreground", "Background", "Orphan"`);
  }
  const preconditions = isRecord(opts.preconditions) ? opts.preconditions : {};
  const dryRunBody = Array.isArray(opts.dryRun) && opts.dryRun.includes('All');
  return {
    propagationPolicy: policy ?? (orphan === true ? 'Orphan' : undefined),
    dryRun: dryRunBody || isDryRun(rr.query),
    preconditions: {
      uid: typeof preconditions.uid === 'string' ? preconditions.uid : undefined,
      resourceVersion: typeof preconditions.resourceVersion === 'string' ? preconditions.resourceVersion : undefined,
    },
  };
}
