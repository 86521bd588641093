// Union, difference and intersection of field sets (fieldpath.Set semantics: members and children are
// independent, so `.spec` as a member and `.spec.replicas` below it are different paths).
import { EMPTY_FIELD_SET, type FieldSet, isEmptyFieldSet } from './field-set';

export function unionFieldSets(a: FieldSet, b: FieldSet): FieldSet {
  if (isEmptyFieldSet(a)) return b;
  if (isEmptyFieldSet(b)) return a;
  const members = new Set(a.members);
  for (const element of b.members) members.add(element);
  const children = new Map(a.children);
  for (const [element, child] of b.children) {
    const mine = children.get(element);
    children.set(element, mine ? unionFieldSets(mine, child) : child);
  }
  return { members, children };
}

/** a minus b; returns `a` itself when nothing is removed, so unchanged manager sets keep their identity. */
export function differenceFieldSets(a: FieldSet, b: FieldSet): FieldSet {
  if (isEmptyFieldSet(a) || isEmptyFieldSet(b)) return a;
  let changed = false;
  const members = new Set<string>();
  for (const element of a.members) {
    if (b.members.has(element)) changed = true;
    else members.add(element);
  }
  const children = new Map<string, FieldSet>();
  for (const [element, child] of a.children) {
    const theirs = b.children.get(element);
    const rest = theirs ? differenceFieldSets(child, theirs) : child;
    if (rest !== child) changed = true;
    if (!isEmptyFieldSet(rest)) children.set(element, rest);
  }
  if (!changed) return a;
  return members.size === 0 && children.size === 0 ? EMPTY_FIELD_SET : { members, children };
}

export function intersectFieldSets(a: FieldSet, b: FieldSet): FieldSet {
  if (isEmptyFieldSet(a) || isEmptyFieldSet(b)) return EMPTY_FIELD_SET;
  const [small, large] = a.members.size <= b.members.size ? [a, b] : [b, a];
  const members = new Set<string>();
  for (const element of small.members) if (large.members.has(element)) members.add(element);
  const children = new Map<string, FieldSet>();
  const [fewer, more] = a.children.size <= b.children.size ? [a, b] : [b, a];
  for (const [element, child] of fewer.children) {
    const theirs = more.children.get(element);
    if (!theirs) continue;
    const both = intersectFieldSets(child, theirs);
    if (!isEmptyFieldSet(both)) children.set(element, both);
  }
  return members.size === 0 && children.size === 0 ? EMPTY_FIELD_SET : { members, children };
}
