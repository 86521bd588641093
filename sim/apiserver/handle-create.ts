// POST: create (generateName, namespace checks, admission, dryRun).
import type { KubeObject } from '../core/kube-object';
import { admitWrite } from './admit-write';
import { checkNamespaceForCreate } from './check-namespace';
import { readObject } from './decode-object';
import { toServed } from './served-object';
import type { HandlerResult, ResourceRequest } from './server-context';
import { assertWritable, writeOptions } from './write-options';

export async function handleCreate(rr: ResourceRequest): Promise<HandlerResult> {
  assertWritable(rr, 'create');
  const object = await readObject(rr);
  return createAdmitted(rr, object);
}

/** Shared with server-side apply of an object that does not exist yet. */
export function createAdmitted(rr: ResourceRequest, object: KubeObject, options = writeOptions(rr)): HandlerResult {
  checkNamespaceForCreate(rr, object.metadata.name ?? '');
  const incoming: KubeObject = { ...object, metadata: { ...object.metadata } };
  // A custom resource with a status subresource cannot set status on create.
  if (rr.version.subresources.status && rr.type.group !== '') delete incoming.status;
  delete (incoming.metadata as Partial<KubeObject['metadata']>).resourceVersion;
  const stored = admitWrite(rr, incoming);
  const created = rr.ctx.store.create(rr.storage, stored, options);
  return { code: 201, body: toServed(rr, created) };
}
