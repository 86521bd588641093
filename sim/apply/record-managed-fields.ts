// metadata.managedFields bookkeeping for create/update/patch (Update operations), as kube-apiserver's
// fieldmanager does it: the writer owns what it added or changed, and loses nothing it did not touch.
import type { KubeObject, ManagedFieldsEntry } from '../core/kube-object';
import { capUpdateManagers } from './cap-update-managers';
import { compareObjects } from './compare-objects';
import { isEmptyFieldSet } from './field-set';
import { decodeManagedFields, encodeManagedFields, type ManagerRecords } from './managed-fields-entries';
import { rootTypeNode } from './type-node';
import { updateManagers } from './update-managers';

/**
 * Returns `updated` (shallow-copied: a fresh object and metadata) with `metadata.managedFields` set.
 * `schema` is the openAPIV3Schema of the written version; without it lists are atomic and list-map items
 * are not tracked one by one. Status counts only for `subresource: 'status'`, and only status then.
 */
export function recordManagedFields(options: {
  live: KubeObject | undefined;
  updated: KubeObject;
  manager: string;
  operation: 'Update';
  subresource?: string;
  apiVersion: string;
  now: string;
  schema?: Record<string, unknown>;
}): KubeObject {
  const { live, updated, manager, subresource, apiVersion, now } = options;
  const records = managersBeforeWrite(live, updated, subresource !== undefined);
  // skipNonAppliedManager: an existing object nobody tracks stays untracked until its first apply.
  if (live && records.size === 0) return withManagedFields(updated, []);
  const comparison = compareObjects({
    live: live ?? {},
    updated,
    root: rootTypeNode(options.schema),
    scope: subresource === 'status' ? 'status' : 'main',
  });
  const unchanged = isEmptyFieldSet(comparison.added) && isEmptyFieldSet(comparison.modified) && isEmptyFieldSet(comparison.removed);
  const next = unchanged ? records : updateManagers({ records, comparison, manager, apiVersion, subresource, now });
  return withManagedFields(updated, encodeManagedFields(unchanged ? next : capUpdateManagers(next)));
}

// decodeLiveOrNew: a main-resource write may carry managedFields (kept when they decode, `[]` or `[{}]`
// resets them); otherwise, and always for subresources, the live object's managedFields count.
function managersBeforeWrite(live: KubeObject | undefined, updated: KubeObject, isSubresource: boolean): ManagerRecords {
  const liveRecords = (): ManagerRecords => decodeManagedFields(live?.metadata.managedFields);
  if (isSubresource) return liveRecords();
  const sent = updated.metadata.managedFields;
  if (sent === undefined) return liveRecords();
  if (isResetRequest(sent)) return new Map();
  if (live && sent === live.metadata.managedFields) return liveRecords();
  const decoded = decodeManagedFields(sent);
  return decoded.size > 0 ? decoded : liveRecords();
}

function isResetRequest(entries: readonly ManagedFieldsEntry[]): boolean {
  if (entries.length === 0) return true;
  const only = entries[0];
  return entries.length === 1 && only !== undefined && Object.keys(only).length === 0;
}

export function withManagedFields(object: KubeObject, entries: ManagedFieldsEntry[]): KubeObject {
  const metadata = { ...object.metadata };
  if (entries.length > 0) metadata.managedFields = entries;
  else delete metadata.managedFields;
  return { ...object, metadata };
}
