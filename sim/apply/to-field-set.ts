// The fields an applied configuration sets (typed.TypedValue.ToFieldSet): scalars, atomic lists/maps and
// list items are members; declared struct fields only through their children, unless null or `{}`.
import { childSet, createFieldSet, type FieldSet, isEmptyFieldSet, type MutableFieldSet } from './field-set';
import { indexListItems } from './list-item-element';
import { fieldElement, formatElement } from './path-element';
import { fieldType, isAtomicMap, isRecord, itemType, listKind, type TypeNode } from './type-node';

export class InvalidConfigError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidConfigError';
  }
}

export function toFieldSet(object: Record<string, unknown>, root: TypeNode): FieldSet {
  const out = createFieldSet();
  visitObject(object, root, out, []);
  return out;
}

function visitObject(object: Record<string, unknown>, node: TypeNode, out: MutableFieldSet, path: string[]): void {
  for (const [name, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const field = fieldType(node, name);
    const element = fieldElement(name);
    const isLeafish = value === null || (isRecord(value) && Object.keys(value).length === 0);
    visitValue({ value, node: field.node, element, out, path });
    if (!field.named || isLeafish) out.members.add(element);
  }
}

function visitValue(args: { value: unknown; node: TypeNode; element: string; out: MutableFieldSet; path: string[] }): void {
  const { value, node, element, out, path } = args;
  if (isRecord(value)) {
    if (isAtomicMap(node)) {
      out.members.add(element);
      return;
    }
    const child = createFieldSet();
    visitObject(value, node, child, [...path, element]);
    if (!isEmptyFieldSet(child)) out.children.set(element, child);
    return;
  }
  if (Array.isArray(value)) {
    visitList({ items: value, node, element, out, path });
    return;
  }
  out.members.add(element);
}

function visitList(args: { items: unknown[]; node: TypeNode; element: string; out: MutableFieldSet; path: string[] }): void {
  const { items, node, element, out, path } = args;
  const list = listKind(node);
  if (list.kind === 'atomic') {
    out.members.add(element);
    return;
  }
  if (items.length === 0) return;
  const itemNode = itemType(node);
  const indexed = indexListItems(list, itemNode, items);
  if ('error' in indexed) throw new InvalidConfigError([...path, element].map(formatElement).join(''), indexed.error);
  const listSet = childSet(out, element);
  for (const itemElement of indexed.order) {
    const item = indexed.byElement.get(itemElement);
    listSet.members.add(itemElement);
    if (isRecord(item)) {
      const itemSet = createFieldSet();
      visitObject(item, itemNode, itemSet, [...path, element, itemElement]);
      if (!isEmptyFieldSet(itemSet)) listSet.children.set(itemElement, itemSet);
    }
  }
}
