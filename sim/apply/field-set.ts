// A set of field paths, shaped like fieldpath.Set: the elements that are members at this level, and the
// sub-sets below elements that have children. Elements are canonical FieldsV1 strings (see path-element).
// Sets are built once and then treated as immutable, so operations may share untouched sub-sets.

export interface FieldSet {
  readonly members: ReadonlySet<string>;
  readonly children: ReadonlyMap<string, FieldSet>;
}

export interface MutableFieldSet extends FieldSet {
  readonly members: Set<string>;
  readonly children: Map<string, MutableFieldSet>;
}

export const EMPTY_FIELD_SET: FieldSet = Object.freeze({ members: new Set<string>(), children: new Map<string, FieldSet>() });

export function createFieldSet(): MutableFieldSet {
  return { members: new Set(), children: new Map() };
}

export function isEmptyFieldSet(set: FieldSet): boolean {
  return set.members.size === 0 && set.children.size === 0;
}

/** The sub-set below `element`, creating it when missing. */
export function childSet(set: MutableFieldSet, element: string): MutableFieldSet {
  let child = set.children.get(element);
  if (!child) {
    child = createFieldSet();
    set.children.set(element, child);
  }
  return child;
}

export function insertPath(set: MutableFieldSet, path: readonly string[]): void {
  let node = set;
  for (let i = 0; i < path.length - 1; i++) node = childSet(node, path[i] ?? '');
  const last = path[path.length - 1];
  if (last !== undefined) node.members.add(last);
}

/** insertPath(set, [...prefix, element]) without building the array. */
export function insertUnder(set: MutableFieldSet, prefix: readonly string[], element: string): void {
  let node = set;
  for (const step of prefix) node = childSet(node, step);
  node.members.add(element);
}

/** Every member path in fieldpath.Set.Iterate order: this level's members first, then each child's paths. */
export function listMemberPaths(set: FieldSet, compare: (a: string, b: string) => number): string[][] {
  const out: string[][] = [];
  const walk = (node: FieldSet, prefix: string[]): void => {
    for (const element of [...node.members].sort(compare)) out.push([...prefix, element]);
    for (const element of [...node.children.keys()].sort(compare)) {
      const child = node.children.get(element);
      if (child) walk(child, [...prefix, element]);
    }
  };
  walk(set, []);
  return out;
}
