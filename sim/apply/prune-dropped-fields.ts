// merge.Updater.prune: after merging, remove what the applier applied last time but omits now, unless some
// manager (another applier, an updater, or this applier's new configuration) still owns it. A declared
// struct field counts as owned when anything below it is owned (fieldpath.Set.EnsureNamedFieldsAreMembers).
import { EMPTY_FIELD_SET, type FieldSet } from './field-set';
import { indexListItems } from './list-item-element';
import { fieldElement } from './path-element';
import { fieldType, isAtomicMap, isRecord, itemType, listKind, type TypeNode } from './type-node';

export function pruneDroppedFields(options: {
  object: Record<string, unknown>;
  lastApplied: FieldSet;
  owned: FieldSet;
  root: TypeNode;
}): Record<string, unknown> {
  return pruneMap(options.object, options.lastApplied, options.owned, options.root);
}

function owns(set: FieldSet, element: string, named: boolean): boolean {
  return set.members.has(element) || (named && set.children.has(element));
}

function pruneMap(object: Record<string, unknown>, last: FieldSet, owned: FieldSet, node: TypeNode): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const name of Object.keys(object)) {
    const element = fieldElement(name);
    const field = fieldType(node, name);
    const lastChild = last.children.get(element);
    const wasApplied = owns(last, element, field.named);
    if (!wasApplied && !lastChild) continue;
    out ??= { ...object };
    if (wasApplied && !owns(owned, element, field.named)) {
      delete out[name];
      continue;
    }
    if (lastChild) out[name] = pruneValue(object[name], lastChild, owned.children.get(element) ?? EMPTY_FIELD_SET, field.node);
  }
  return out ?? object;
}

function pruneValue(value: unknown, last: FieldSet, owned: FieldSet, node: TypeNode): unknown {
  if (isRecord(value)) return isAtomicMap(node) ? value : pruneMap(value, last, owned, node);
  if (!Array.isArray(value)) return value;
  const list = listKind(node);
  if (list.kind === 'atomic') return value;
  const itemNode = itemType(node);
  const indexed = indexListItems(list, itemNode, value);
  if ('error' in indexed) return value;
  const out: unknown[] = [];
  for (const element of indexed.order) {
    const item = indexed.byElement.get(element);
    const lastChild = last.children.get(element);
    if (last.members.has(element) && !owned.members.has(element)) continue;
    out.push(lastChild ? pruneValue(item, lastChild, owned.children.get(element) ?? EMPTY_FIELD_SET, itemNode) : item);
  }
  return out;
}
