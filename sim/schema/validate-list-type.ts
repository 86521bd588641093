// x-kubernetes-list-type invariants (apiextensions-apiserver schema/listtype): a "set" may not
// hold the same item twice, a "map" may not hold two items with the same keys.
import { deepEqual, isUnchanged, NO_OLD } from './correlate-old';
import { duplicateError, type AdmissionCause } from './field-errors';
import type { ValueAt } from './validate-schema-value';

function keyOf(item: unknown, keys: string[]): Record<string, unknown> | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));
}

export function validateListType(causes: AdmissionCause[], at: ValueAt, list: unknown[]): void {
  const { node, path } = at;
  if (node.listType !== 'set' && node.listType !== 'map') return;
  if ((at.old !== NO_OLD || at.ancestorUnchanged) && isUnchanged(at)) return;
  const seen: unknown[] = [];
  list.forEach((item, i) => {
    const identity = node.listType === 'map' ? keyOf(item, node.listMapKeys) : item;
    if (identity === undefined) return;
    if (seen.some((s) => deepEqual(s, identity))) causes.push(duplicateError(`${path}[${i}]`, identity));
    else seen.push(identity);
  });
}
