// The path element naming one item of a granular list: `k:{...}` for list-maps, `v:...` for sets.
import { keyElement, valueElement } from './path-element';
import { isRecord, keyDefault, type ListKind, type TypeNode } from './type-node';

export type ItemElementResult = { element: string } | { error: string };

export function listItemElement(list: ListKind, itemNode: TypeNode, item: unknown): ItemElementResult {
  if (list.kind === 'set') {
    if (item !== null && typeof item === 'object') return { error: 'sets may only contain scalar values' };
    return { element: valueElement(item) };
  }
  if (list.kind !== 'map' || !isRecord(item)) return { error: 'associative list items must be objects' };
  const fields: Record<string, unknown> = {};
  for (const key of list.keys) {
    const value = key in item ? item[key] : keyDefault(itemNode, key);
    if (value === undefined) return { error: `associative list with keys has an element that omits key field "${key}" (and doesn't have default value)` };
    fields[key] = value;
  }
  return { element: keyElement(fields) };
}

/** Items indexed by element in list order; undefined when an item cannot be keyed or a key repeats. */
export function indexListItems(
  list: ListKind,
  itemNode: TypeNode,
  items: readonly unknown[],
): { order: string[]; byElement: Map<string, unknown> } | { error: string } {
  const order: string[] = [];
  const byElement = new Map<string, unknown>();
  for (const item of items) {
    const result = listItemElement(list, itemNode, item);
    if ('error' in result) return result;
    if (byElement.has(result.element)) return { error: `duplicate entries for key ${result.element.slice(2)}` };
    byElement.set(result.element, item);
    order.push(result.element);
  }
  return { order, byElement };
}
