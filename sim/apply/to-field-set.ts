// The fields an applied configuration sets (typed.TypedValue.ToFieldSet): scalars, atomic lists/maps and
// list items are members; declared struct fields only through their children, unless null or `{}`.
import { childSet, createFieldSet, type FieldSet, isEmptyFieldSet, type MutableFieldSet } from './field-set';
import { indexListItems } from './list-item-element';
import { fieldElement, formatElement } from './path-element';
import { fieldType, isAtomicMap, isRecord, itemType, listKind, type TypeNode } from './type-node';

export class InvalidConfigError extends Error {
  constructor(path: readonly string[], problem: string) {
    super(`${path.map(formatElement).join('')}: ${problem}`);
    this.name = 'InvalidConfigError';
  }
}

export function toFieldSet(object: Record<string, unknown>, root: TypeNode): FieldSet {
  const out = createFieldSet();
  new ToFieldSetWalker().visitObject(object, root, out);
  return out;
}

class ToFieldSetWalker {
  // Only needed to name the position of an invalid list in the error.
  private readonly path: string[] = [];

  visitObject(object: Record<string, unknown>, node: TypeNode, out: MutableFieldSet): void {
    for (const name in object) {
      const value = object[name];
      if (value === undefined) continue;
      const field = fieldType(node, name);
      const element = fieldElement(name);
      this.visitValue(value, field.node, element, out);
      const isLeafish = value === null || (isRecord(value) && isEmptyObject(value));
      if (!field.named || isLeafish) out.members.add(element);
    }
  }

  private visitValue(value: unknown, node: TypeNode, element: string, out: MutableFieldSet): void {
    if (isRecord(value)) {
      if (isAtomicMap(node)) {
        out.members.add(element);
        return;
      }
      const child = createFieldSet();
      this.path.push(element);
      this.visitObject(value, node, child);
      this.path.pop();
      if (!isEmptyFieldSet(child)) out.children.set(element, child);
      return;
    }
    if (Array.isArray(value)) {
      this.visitList(value, node, element, out);
      return;
    }
    out.members.add(element);
  }

  private visitList(items: unknown[], node: TypeNode, element: string, out: MutableFieldSet): void {
    const list = listKind(node);
    if (list.kind === 'atomic') {
      out.members.add(element);
      return;
    }
    if (items.length === 0) return;
    const itemNode = itemType(node);
    const indexed = indexListItems(list, itemNode, items);
    if ('error' in indexed) throw new InvalidConfigError([...this.path, element], indexed.error);
    const listSet = childSet(out, element);
    this.path.push(element);
    for (const itemElement of indexed.order) {
      const item = indexed.byElement.get(itemElement);
      listSet.members.add(itemElement);
      if (!isRecord(item)) continue;
      const itemSet = createFieldSet();
      this.path.push(itemElement);
      this.visitObject(item, itemNode, itemSet);
      this.path.pop();
      if (!isEmptyFieldSet(itemSet)) listSet.children.set(itemElement, itemSet);
    }
    this.path.pop();
  }
}

function isEmptyObject(value: Record<string, unknown>): boolean {
  for (const _key in value) return false;
  return true;
}
