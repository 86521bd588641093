// create / update / updateStatus: the metadata rules kube-apiserver applies on writes.
import { randomUUID } from 'node:crypto';
import { recordManagedFields } from '../apply/record-managed-fields';
import { ApiError } from '../core/api-error';
import type { GroupResource, KubeObject } from '../core/kube-object';
import type { WriteOptions } from '../core/object-store';
import { deepEqual } from './deep-equal';
import { deepFreeze } from './deep-freeze';
import { settleFinalizers } from './delete-object';
import type { StoreCore } from './store-core';

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function createObject(core: StoreCore, gr: GroupResource, input: KubeObject, options: WriteOptions = {}): KubeObject {
  const object = structuredClone(input);
  const meta = object.metadata ?? ({} as KubeObject['metadata']);
  object.metadata = meta;
  if (!meta.name && meta.generateName) meta.name = meta.generateName + randomSuffix();
  validateName(gr, object);
  const namespace = meta.namespace ?? '';
  const existing = core.index(gr).get(namespace, meta.name);
  if (existing) throw ApiError.alreadyExists(gr, meta.name);
  meta.uid = randomUUID();
  meta.creationTimestamp = core.timestamp();
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  if (tracksGeneration(gr)) meta.generation = 1;
  else delete meta.generation;
  if (gr.group === '' && gr.resource === 'namespaces') {
    object.spec = { finalizers: ['kubernetes'] };
    object.status = { phase: 'Active' };
  }
  const recorded = withManagedFields(core, { live: undefined, updated: object, options });
  if (options.dryRun) {
    recorded.metadata.resourceVersion = '';
    return deepFreeze(recorded);
  }
  recorded.metadata.resourceVersion = core.nextResourceVersion();
  return core.commit(gr, 'ADDED', recorded);
}

export function updateObject(core: StoreCore, gr: GroupResource, input: KubeObject, options: WriteOptions = {}): KubeObject {
  const live = requireLive(core, gr, input);
  const next = structuredClone(input);
  next.metadata = {
    ...next.metadata,
    name: live.metadata.name,
    uid: live.metadata.uid,
    creationTimestamp: live.metadata.creationTimestamp,
    resourceVersion: live.metadata.resourceVersion,
  };
  if (live.metadata.namespace !== undefined) next.metadata.namespace = live.metadata.namespace;
  copyOrDelete(next.metadata, live.metadata, 'deletionTimestamp');
  copyOrDelete(next.metadata, live.metadata, 'deletionGracePeriodSeconds');
  copyOrDelete(next.metadata, live.metadata, 'generation');
  if (next.metadata.managedFields === undefined) copyOrDelete(next.metadata, live.metadata, 'managedFields');
  if (!options.replaceStatus) copyOrDelete(next, live, 'status');
  if (live.metadata.deletionTimestamp) forbidNewFinalizers(gr, live, next);
  if (next.metadata.generation !== undefined && specChanged(live, next)) next.metadata.generation++;
  return commitUpdate(core, { gr, live, next, options, subresource: undefined });
}

export function updateObjectStatus(core: StoreCore, gr: GroupResource, input: KubeObject, options: WriteOptions = {}): KubeObject {
  const live = requireLive(core, gr, input);
  const next = structuredClone(live);
  if (input.status === undefined) delete next.status;
  else next.status = structuredClone(input.status);
  return commitUpdate(core, { gr, live, next, options, subresource: 'status' });
}

function commitUpdate(
  core: StoreCore,
  args: { gr: GroupResource; live: KubeObject; next: KubeObject; options: WriteOptions; subresource: string | undefined },
): KubeObject {
  const { gr, live, options } = args;
  if (unchanged(live, args.next)) return live;
  const next = withManagedFields(core, { live, updated: args.next, options, subresource: args.subresource });
  if (options.dryRun) return deepFreeze(next);
  next.metadata.resourceVersion = core.nextResourceVersion();
  return settleFinalizers(core, gr, core.commit(gr, 'MODIFIED', next, live));
}

function requireLive(core: StoreCore, gr: GroupResource, input: KubeObject): KubeObject {
  const name = input.metadata?.name;
  if (!name) throw ApiError.badRequest('name is required');
  const live = core.index(gr).get(input.metadata.namespace ?? '', name);
  if (!live) throw ApiError.notFound(gr, name);
  const wanted = input.metadata.resourceVersion;
  if (wanted && wanted !== live.metadata.resourceVersion) throw ApiError.conflict(gr, name);
  return live;
}

function withManagedFields(
  core: StoreCore,
  args: { live: KubeObject | undefined; updated: KubeObject; options: WriteOptions; subresource?: string },
): KubeObject {
  const manager = args.options.fieldManager;
  if (!manager) return args.updated;
  return recordManagedFields({
    live: args.live,
    updated: args.updated,
    manager,
    operation: 'Update',
    subresource: args.subresource ?? args.options.subresource,
    apiVersion: args.options.apiVersion ?? args.updated.apiVersion,
    now: core.timestamp(),
    ...(args.options.schema ? { schema: args.options.schema } : {}),
  });
}

/** Generation counts changes of everything but metadata and status (as for custom resources). */
function specChanged(live: KubeObject, next: KubeObject): boolean {
  const keys = new Set([...Object.keys(live), ...Object.keys(next)]);
  for (const key of keys) {
    if (key === 'metadata' || key === 'status' || key === 'apiVersion' || key === 'kind') continue;
    if (!deepEqual(live[key], next[key])) return true;
  }
  return false;
}

/** Compared before managedFields are recorded, so a write that changes nothing keeps its resourceVersion. */
function unchanged(live: KubeObject, next: KubeObject): boolean {
  return deepEqual(live, next);
}

function tracksGeneration(gr: GroupResource): boolean {
  return gr.group !== '' && gr.group !== 'events.k8s.io';
}

function validateName(gr: GroupResource, object: KubeObject): void {
  const name = object.metadata.name;
  const kind = object.kind;
  if (!name) {
    throw ApiError.invalid({ group: gr.group, kind, name: '', causes: [{ reason: 'FieldValueRequired', message: 'Required value: name or generateName is required', field: 'metadata.name' }] });
  }
  if (gr.group === '' && gr.resource === 'namespaces') {
    if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) && name.length <= 63) return;
    const message = `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`;
    throw ApiError.invalid({ group: gr.group, kind, name, causes: [{ reason: 'FieldValueInvalid', message, field: 'metadata.name' }] });
  }
  if (!DNS_SUBDOMAIN.test(name) || name.length > 253) {
    const message = `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;
    throw ApiError.invalid({ group: gr.group, kind, name, causes: [{ reason: 'FieldValueInvalid', message, field: 'metadata.name' }] });
  }
}

function forbidNewFinalizers(gr: GroupResource, live: KubeObject, next: KubeObject): void {
  const added = (next.metadata.finalizers ?? []).filter((f) => !(live.metadata.finalizers ?? []).includes(f));
  if (added.length === 0) return;
  const message = `Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => `"${f}"`).join(', ')}}`;
  throw ApiError.invalid({ group: gr.group, kind: live.kind, name: live.metadata.name, causes: [{ reason: 'FieldValueForbidden', message, field: 'metadata.finalizers' }] });
}

function copyOrDelete<T extends object>(target: T, source: T, key: keyof T): void {
  if (source[key] === undefined) delete target[key];
  else target[key] = source[key];
}

function randomSuffix(): string {
  let out = '';
  for (let i = 0; i < 5; i++) out += NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)];
  return out;
}
