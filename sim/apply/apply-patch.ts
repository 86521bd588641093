// Server-side apply (PATCH with application/apply-patch+yaml) for the main resource, following
// structured-merge-diff's merge.Updater.Apply and kube-apiserver's fieldmanager around it.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { type ApplyConflict, listConflicts } from './apply-conflicts';
import { capUpdateManagers } from './cap-update-managers';
import { compareObjects } from './compare-objects';
import { EMPTY_FIELD_SET, type FieldSet, isEmptyFieldSet } from './field-set';
import { differenceFieldSets, intersectFieldSets, unionFieldSets } from './field-set-operations';
import { decodeManagedFields, encodeManagedFields, managerIdentity, type ManagerRecords, withSet } from './managed-fields-entries';
import { mergeObjects } from './merge-objects';
import { pruneDroppedFields } from './prune-dropped-fields';
import { withManagedFields } from './record-managed-fields';
import { STRIPPED_FIELDS } from './stripped-fields';
import { InvalidConfigError, toFieldSet } from './to-field-set';
import { rootTypeNode, type TypeNode } from './type-node';
import { updateManagers } from './update-managers';
import { validateApplyPatch } from './validate-apply-patch';

/**
 * Applies `patch` (the applied configuration, already parsed from YAML) for `manager`.
 * - `live` must be in the patch's version (the version of the request URL); undefined creates the object.
 * - Returns the object to persist (managedFields set; status kept from live; uid/resourceVersion untouched)
 *   or the conflicts; `applyConflictError(conflicts)` builds the 409 Status the apiserver answers with.
 * - Throws `ApiError` (400 BadRequest) for an invalid configuration: wrong apiVersion/kind/name/namespace,
 *   `metadata.managedFields` present, list-map items without keys or with duplicate keys, non-scalar set items.
 * The returned object shares unchanged subtrees with `live` and `patch`: treat all three as immutable.
 */
export function applyPatch(options: {
  live: KubeObject | undefined;
  patch: KubeObject;
  manager: string;
  force: boolean;
  schema?: Record<string, unknown>;
  now: string;
}): { object: KubeObject } | { conflicts: ApplyConflict[] } {
  const { live, patch, manager, force, now } = options;
  validateApplyPatch(patch, live);
  const root = rootTypeNode(options.schema);
  // Status belongs to the status subresource: a main-resource apply neither sets nor owns it.
  const { status: _ignored, ...config } = patch;
  const base: Record<string, unknown> = live ?? { apiVersion: patch.apiVersion, kind: patch.kind };
  const records = managersBeforeApply(live, patch.apiVersion, root, now);
  const identity = managerIdentity({ manager, operation: 'Apply', apiVersion: patch.apiVersion });
  const previous = records.get(identity);
  // Pruning sees the full configuration set (metadata.name included, as inside structured-merge-diff);
  // only the recorded entry leaves out the stripped identity fields.
  const configured = configFieldSet(config, root);
  const applied = differenceFieldSets(configured, STRIPPED_FIELDS);

  let merged = withInvalidConfigAsBadRequest(() => mergeObjects(base, config, root));
  if (previous) {
    const owned = [...records.entries()].reduce<FieldSet>((all, [id, r]) => (id === identity ? all : unionFieldSets(all, r.set)), configured);
    merged = pruneDroppedFields({ object: merged, lastApplied: previous.set, owned, root });
  }

  const comparison = compareObjects({ live: base, updated: merged, root, scope: 'main' });
  const changed = unionFieldSets(comparison.modified, comparison.added);
  const conflicts: ApplyConflict[] = [];
  const next: ManagerRecords = new Map();
  for (const [id, record] of records) {
    if (id === identity) continue;
    const lost = intersectFieldSets(record.set, changed);
    if (!isEmptyFieldSet(lost)) conflicts.push(...listConflicts(record, lost));
    const set = differenceFieldSets(differenceFieldSets(record.set, lost), comparison.removed);
    next.set(id, set === record.set ? record : withSet(record, set));
  }
  if (conflicts.length > 0 && !force) return { conflicts: sortConflicts(conflicts) };

  const objectChanged = !isEmptyFieldSet(changed) || !isEmptyFieldSet(comparison.removed);
  next.set(identity, {
    manager,
    operation: 'Apply',
    apiVersion: patch.apiVersion,
    time: objectChanged || !previous ? now : previous.time,
    set: applied,
  });
  return { object: withManagedFields(merged as KubeObject, encodeManagedFields(capUpdateManagers(next))) };
}

// skipNonAppliedManager: the first apply to an object nobody tracked yet (created without a field manager)
// first hands every existing field to "before-first-apply", so the applier conflicts with them as usual.
function managersBeforeApply(live: KubeObject | undefined, apiVersion: string, root: TypeNode, now: string): ManagerRecords {
  const records = decodeManagedFields(live?.metadata.managedFields);
  if (!live || records.size > 0) return records;
  const comparison = compareObjects({ live: { apiVersion: live.apiVersion, kind: live.kind }, updated: live, root, scope: 'main' });
  return updateManagers({ records, comparison, manager: 'before-first-apply', apiVersion, now });
}

function configFieldSet(config: Record<string, unknown>, root: TypeNode): FieldSet {
  return withInvalidConfigAsBadRequest(() => toFieldSet(config, root)) ?? EMPTY_FIELD_SET;
}

function withInvalidConfigAsBadRequest<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InvalidConfigError) throw ApiError.badRequest(`failed to create typed patch object: ${error.message}`);
    throw error;
  }
}

function sortConflicts(conflicts: ApplyConflict[]): ApplyConflict[] {
  // Managers in a stable order (Go iterates a map here); each manager's paths stay in set order.
  return conflicts.map((c, i) => ({ c, i })).sort((a, b) => (a.c.manager === b.c.manager ? a.i - b.i : a.c.manager < b.c.manager ? -1 : 1)).map(({ c }) => c);
}
