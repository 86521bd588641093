// x-kubernetes-list-type invariants (apiextensions-apiserver schema/listtype): a "set" may not
// hold the same item twice, a "map" may not hold two items with the same keys. As there, only the
// second appearance of a value is reported, and map keys missing from an item count as unspecified.
import { isUnchanged, NO_OLD } from './correlate-old';
import { duplicateError, invalidError, type AdmissionCause } from './field-errors';
import type { ValueAt } from './validate-schema-value';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function identityOf(item: unknown, keys: string[]): Record<string, unknown> {
  if (!isObject(item)) return {};
  return Object.fromEntries(keys.filter((k) => k in item).map((k) => [k, item[k]]));
}

// Go's json.Marshal sorts map keys, so equal objects serialize equally whatever their key order.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function secondAppearances(identities: unknown[]): number[] {
  const seen = new Map<string, number>();
  const indices: number[] = [];
  identities.forEach((identity, i) => {
    const key = canonicalJson(identity);
    const times = seen.get(key) ?? 0;
    seen.set(key, times + 1);
    if (times === 1) indices.push(i);
  });
  return indices;
}

export function validateListType(causes: AdmissionCause[], at: ValueAt, list: unknown[]): void {
  const { node, path } = at;
  if (node.listType !== 'set' && node.listType !== 'map') return;
  if ((at.old !== NO_OLD || at.ancestorUnchanged) && isUnchanged(at)) return;
  if (node.listType === 'map') {
    const bad = list.findIndex((item) => item !== null && !isObject(item));
    if (bad >= 0) {
      causes.push(invalidError(`${path}[${bad}]`, list[bad], 'must be an object for an array of list-type map'));
      return;
    }
  }
  const identities = node.listType === 'map' ? list.map((item) => identityOf(item, node.listMapKeys)) : list;
  for (const i of secondAppearances(identities)) causes.push(duplicateError(`${path}[${i}]`, identities[i]));
}
