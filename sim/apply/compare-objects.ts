// typed.TypedValue.Compare: which fields an operation added, modified or removed. Leaves (scalars, atomic
// lists/maps, empty containers) compare by value; maps and list items that appear or disappear are
// themselves added/removed too, which is why Update managers own `.` entries such as `f:spec: {.: {}}`.
import { deepEqualJson } from './deep-equal';
import { createFieldSet, insertUnder, type MutableFieldSet } from './field-set';
import { indexListItems } from './list-item-element';
import { fieldElement } from './path-element';
import { fieldType, isAtomicMap, isRecord, itemType, listKind, type TypeNode } from './type-node';

export interface Comparison {
  added: MutableFieldSet;
  modified: MutableFieldSet;
  removed: MutableFieldSet;
}

/** Which top-level fields take part: a main-resource write ignores status, a status write sees only status. */
export type CompareScope = 'main' | 'status';

export function compareObjects(options: {
  live: Record<string, unknown>;
  updated: Record<string, unknown>;
  root: TypeNode;
  scope: CompareScope;
}): Comparison {
  const { live, updated, root, scope } = options;
  const walker = new CompareWalker();
  walker.compareMaps(live, updated, root, scope === 'status' ? onlyStatus : exceptStatus);
  return walker.out;
}

class CompareWalker {
  readonly out: Comparison = { added: createFieldSet(), modified: createFieldSet(), removed: createFieldSet() };
  // The path of the element being compared; sets are only touched (and allocated) where something changed.
  private readonly path: string[] = [];

  compareMaps(lhs: Record<string, unknown> | undefined, rhs: Record<string, unknown> | undefined, node: TypeNode, keep?: (name: string) => boolean): void {
    if (lhs) for (const name in lhs) this.compareField(name, lhs, rhs, node, keep);
    if (rhs) for (const name in rhs) if (!lhs || !(name in lhs)) this.compareField(name, lhs, rhs, node, keep);
  }

  private compareField(
    name: string,
    lhs: Record<string, unknown> | undefined,
    rhs: Record<string, unknown> | undefined,
    node: TypeNode,
    keep: ((name: string) => boolean) | undefined,
  ): void {
    if (keep && !keep(name)) return;
    const l = lhs?.[name];
    const r = rhs?.[name];
    if (l === r) return;
    const field = fieldType(node, name);
    const element = fieldElement(name);
    if (this.path.length === 0 && name === 'metadata') {
      // managedFields are bookkeeping, never owned: skip the list instead of diffing it.
      this.path.push(element);
      this.compareMaps(asRecord(l), asRecord(r), field.node, skipManagedFields);
      this.path.pop();
      this.markPresence(element, l, r);
      return;
    }
    this.compareElement(element, l, r, field.node);
  }

  private compareElement(element: string, lhs: unknown, rhs: unknown, node: TypeNode): void {
    if (lhs === rhs) return;
    if (bothRecords(lhs, rhs) && !isAtomicMap(node) && !bothEmpty(lhs, rhs)) {
      this.path.push(element);
      this.compareMaps(asRecord(lhs), asRecord(rhs), node);
      this.path.pop();
      this.markPresence(element, lhs, rhs);
      return;
    }
    if (bothArrays(lhs, rhs) && !bothEmpty(lhs, rhs) && this.compareLists(element, asArray(lhs), asArray(rhs), node)) {
      this.markPresence(element, lhs, rhs);
      return;
    }
    if (lhs === undefined) this.insert(this.out.added, element);
    else if (rhs === undefined) this.insert(this.out.removed, element);
    else if (!deepEqualJson(lhs, rhs)) this.insert(this.out.modified, element);
  }

  /** Compares a granular list item by item; false when the list must be treated as one leaf. */
  private compareLists(element: string, lhs: unknown[], rhs: unknown[], node: TypeNode): boolean {
    const list = listKind(node);
    if (list.kind === 'atomic') return false;
    const itemNode = itemType(node);
    const left = indexListItems(list, itemNode, lhs);
    const right = indexListItems(list, itemNode, rhs);
    if ('error' in left || 'error' in right) return false;
    this.path.push(element);
    for (const item of left.order) this.compareElement(item, left.byElement.get(item), right.byElement.get(item), itemNode);
    for (const item of right.order) {
      if (!left.byElement.has(item)) this.compareElement(item, undefined, right.byElement.get(item), itemNode);
    }
    this.path.pop();
    return true;
  }

  private markPresence(element: string, lhs: unknown, rhs: unknown): void {
    if (lhs === undefined) this.insert(this.out.added, element);
    else if (rhs === undefined) this.insert(this.out.removed, element);
  }

  private insert(set: MutableFieldSet, element: string): void {
    insertUnder(set, this.path, element);
  }
}

function onlyStatus(name: string): boolean {
  return name === 'status';
}

function exceptStatus(name: string): boolean {
  return name !== 'status';
}

function skipManagedFields(name: string): boolean {
  return name !== 'managedFields';
}

function bothRecords(a: unknown, b: unknown): boolean {
  return (a === undefined || isRecord(a)) && (b === undefined || isRecord(b));
}

function bothArrays(a: unknown, b: unknown): boolean {
  return (a === undefined || Array.isArray(a)) && (b === undefined || Array.isArray(b));
}

function bothEmpty(a: unknown, b: unknown): boolean {
  return isEmptyContainer(a) && isEmptyContainer(b);
}

function isEmptyContainer(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
