// Deletion, finalizers and the garbage collector, done synchronously so tests and controllers see a
// settled store: Background deletes dependents once the owner is gone, Foreground holds the owner
// (finalizer `foregroundDeletion`) until its dependents are gone, Orphan strips the owner references.
import { ApiError } from '../core/api-error';
import type { GroupResource, KubeObject } from '../core/kube-object';
import type { DeleteOptions } from '../core/object-store';
import type { StoreCore } from './store-core';

const FOREGROUND = 'foregroundDeletion';
const NAMESPACES: GroupResource = { group: '', resource: 'namespaces' };

export function deleteObject(core: StoreCore, gr: GroupResource, live: KubeObject, options: DeleteOptions = {}): KubeObject {
  checkPreconditions(gr, live, options);
  if (options.dryRun) return live;
  if (isNamespaces(gr)) return deleteNamespace(core, live);
  const policy = options.propagationPolicy ?? 'Background';
  if (policy === 'Orphan') {
    for (const dependent of core.dependentsOf(live.metadata.uid)) dropOwnerReference(core, dependent.gr, dependent.object, live.metadata.uid);
  }
  if (live.metadata.deletionTimestamp) return live;
  const dependents = policy === 'Foreground' ? core.dependentsOf(live.metadata.uid) : [];
  const finalizers = [...(live.metadata.finalizers ?? []), ...(dependents.length > 0 ? [FOREGROUND] : [])];
  if (finalizers.length === 0) return removeNow(core, gr, live);
  const marked = modify(core, gr, live, (draft) => {
    draft.metadata.deletionTimestamp = core.timestamp();
    draft.metadata.deletionGracePeriodSeconds = 0;
    draft.metadata.finalizers = finalizers;
    if (draft.metadata.generation !== undefined) draft.metadata.generation++;
  });
  for (const dependent of dependents) {
    const current = core.index(dependent.gr).get(dependent.object.metadata.namespace ?? '', dependent.object.metadata.name);
    if (current) deleteObject(core, dependent.gr, current, { propagationPolicy: 'Foreground' });
  }
  return current(core, gr, marked) ?? marked;
}

/** Removes the object from storage (DELETED event) and lets the garbage collector react. */
export function removeNow(core: StoreCore, gr: GroupResource, live: KubeObject): KubeObject {
  const final = structuredClone(live);
  final.metadata.resourceVersion = core.nextResourceVersion();
  const removed = core.commit(gr, 'DELETED', final, live);
  afterRemoval(core, removed);
  return removed;
}

/** Writes a changed copy; an object being deleted whose last finalizer went away is removed. */
export function modify(core: StoreCore, gr: GroupResource, live: KubeObject, mutate: (draft: KubeObject) => void): KubeObject {
  const draft = structuredClone(live);
  mutate(draft);
  draft.metadata.resourceVersion = core.nextResourceVersion();
  const written = core.commit(gr, 'MODIFIED', draft, live);
  return settleFinalizers(core, gr, written);
}

export function settleFinalizers(core: StoreCore, gr: GroupResource, object: KubeObject): KubeObject {
  // A namespace goes only once its content is gone (its spec.finalizers hold it, not metadata.finalizers).
  if (isNamespaces(gr)) return object;
  if (object.metadata.deletionTimestamp && (object.metadata.finalizers ?? []).length === 0) return removeNow(core, gr, object);
  return object;
}

function afterRemoval(core: StoreCore, removed: KubeObject): void {
  for (const dependent of core.dependentsOf(removed.metadata.uid)) collectDependent(core, dependent.gr, dependent.object, removed.metadata.uid);
  for (const ref of removed.metadata.ownerReferences ?? []) {
    const owner = core.lookupUid(ref.uid);
    if (!owner?.object.metadata.finalizers?.includes(FOREGROUND)) continue;
    if (core.dependentsOf(ref.uid).length > 0) continue;
    modify(core, owner.gr, owner.object, (draft) => {
      draft.metadata.finalizers = (draft.metadata.finalizers ?? []).filter((f) => f !== FOREGROUND);
    });
  }
  const namespace = removed.metadata.namespace;
  if (namespace) finishNamespaceIfEmpty(core, namespace);
}

function collectDependent(core: StoreCore, gr: GroupResource, dependent: KubeObject, goneUid: string): void {
  const liveOwners = (dependent.metadata.ownerReferences ?? []).filter((ref) => ref.uid !== goneUid && core.lookupUid(ref.uid));
  if (liveOwners.length > 0) {
    dropOwnerReference(core, gr, dependent, goneUid);
    return;
  }
  deleteObject(core, gr, dependent, { propagationPolicy: 'Background' });
}

function dropOwnerReference(core: StoreCore, gr: GroupResource, dependent: KubeObject, ownerUid: string): void {
  modify(core, gr, dependent, (draft) => {
    const refs = (draft.metadata.ownerReferences ?? []).filter((ref) => ref.uid !== ownerUid);
    if (refs.length > 0) draft.metadata.ownerReferences = refs;
    else delete draft.metadata.ownerReferences;
  });
}

function deleteNamespace(core: StoreCore, live: KubeObject): KubeObject {
  if (!live.metadata.deletionTimestamp) {
    modify(core, NAMESPACES, live, (draft) => {
      draft.metadata.deletionTimestamp = core.timestamp();
      draft.status = { phase: 'Terminating' };
    });
  }
  const name = live.metadata.name;
  for (const { gr, index } of [...core.indexes.values()]) {
    for (const object of index.list(name)) {
      const latest = index.get(name, object.metadata.name);
      if (latest) deleteObject(core, gr, latest, { propagationPolicy: 'Background' });
    }
  }
  finishNamespaceIfEmpty(core, name);
  return core.index(NAMESPACES).get('', name) ?? live;
}

function finishNamespaceIfEmpty(core: StoreCore, namespace: string): void {
  const ns = core.index(NAMESPACES).get('', namespace);
  if (!ns?.metadata.deletionTimestamp || (ns.metadata.finalizers ?? []).length > 0) return;
  for (const { index } of core.indexes.values()) if (index.countIn(namespace) > 0) return;
  removeNow(core, NAMESPACES, ns);
}

function checkPreconditions(gr: GroupResource, live: KubeObject, options: DeleteOptions): void {
  const { uid, resourceVersion } = options.preconditions ?? {};
  if (uid && uid !== live.metadata.uid) {
    throw ApiError.conflict(gr, live.metadata.name, `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${live.metadata.uid}`);
  }
  if (resourceVersion && resourceVersion !== live.metadata.resourceVersion) {
    throw ApiError.conflict(
      gr,
      live.metadata.name,
      `Precondition failed: ResourceVersion in precondition: ${resourceVersion}, ResourceVersion in object meta: ${live.metadata.resourceVersion}`,
    );
  }
}

function current(core: StoreCore, gr: GroupResource, object: KubeObject): KubeObject | undefined {
  return core.index(gr).get(object.metadata.namespace ?? '', object.metadata.name);
}

function isNamespaces(gr: GroupResource): boolean {
  return gr.group === '' && gr.resource === 'namespaces';
}
