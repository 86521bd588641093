// merge.Updater.Update as the fieldmanager runs it for Update operations: the writer takes every field it
// added or changed (from whoever owned it), removed fields leave every manager, and the writer's entry is
// merged with its previous one and stamped with the time only when it changed something.
import { EMPTY_FIELD_SET, isEmptyFieldSet } from './field-set';
import { differenceFieldSets, unionFieldSets } from './field-set-operations';
import type { Comparison } from './compare-objects';
import { managerIdentity, type ManagerRecords, withSet } from './managed-fields-entries';
import { STRIPPED_FIELDS } from './stripped-fields';

export function updateManagers(options: {
  records: ManagerRecords;
  comparison: Comparison;
  manager: string;
  apiVersion: string;
  subresource?: string;
  now: string;
}): ManagerRecords {
  const { records, comparison, manager, apiVersion, subresource, now } = options;
  const changed = unionFieldSets(comparison.modified, comparison.added);
  const out: ManagerRecords = new Map();
  for (const [identity, record] of records) {
    const set = differenceFieldSets(differenceFieldSets(record.set, changed), comparison.removed);
    out.set(identity, set === record.set ? record : withSet(record, set));
  }
  const owned = differenceFieldSets(changed, STRIPPED_FIELDS);
  if (isEmptyFieldSet(owned)) return out;
  const identity = managerIdentity({ manager, operation: 'Update', apiVersion, subresource });
  const previous = out.get(identity)?.set ?? EMPTY_FIELD_SET;
  out.set(identity, { manager, operation: 'Update', apiVersion, subresource, time: now, set: unionFieldSets(previous, owned) });
  return out;
}
