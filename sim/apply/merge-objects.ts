// typed.TypedValue.Merge: the applied configuration laid over the live object. Granular maps merge key by
// key, list-maps and sets merge item by item (keeping live order, with the configuration's order for the
// items it names), atomic lists/maps and scalars are replaced. Untouched subtrees are shared, not copied.
import { indexListItems } from './list-item-element';
import { InvalidConfigError } from './to-field-set';
import { fieldType, isAtomicMap, isNullable, isRecord, itemType, listKind, type TypeNode } from './type-node';

// The position inside the object, kept as a linked list so that descending costs no array copies.
interface Position {
  up: Position | undefined;
  element: string;
}

export function mergeObjects(live: Record<string, unknown>, config: Record<string, unknown>, root: TypeNode): Record<string, unknown> {
  return mergeMaps(live, config, root, undefined);
}

function pathOf(position: Position | undefined): string[] {
  const out: string[] = [];
  for (let p = position; p; p = p.up) out.unshift(p.element);
  return out;
}

function mergeMaps(live: Record<string, unknown>, config: Record<string, unknown>, node: TypeNode, path: Position | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...live };
  for (const [name, value] of Object.entries(config)) {
    if (value === undefined) continue;
    const field = fieldType(node, name);
    // Like the apiserver for custom resources, a null for a non-nullable field removes the field.
    if (value === null && !isNullable(field.node)) {
      delete out[name];
      continue;
    }
    out[name] = mergeValues(live[name], value, field.node, { up: path, element: `f:${name}` });
  }
  return out;
}

function mergeValues(live: unknown, config: unknown, node: TypeNode, path: Position | undefined): unknown {
  if (live === undefined) return config;
  if (isRecord(live) && isRecord(config) && !isAtomicMap(node)) return mergeMaps(live, config, node, path);
  if (Array.isArray(live) && Array.isArray(config)) return mergeLists(live, config, node, path);
  return config;
}

function mergeLists(live: unknown[], config: unknown[], node: TypeNode, path: Position | undefined): unknown[] {
  const list = listKind(node);
  if (list.kind === 'atomic') return config;
  const itemNode = itemType(node);
  const right = indexListItems(list, itemNode, config);
  if ('error' in right) throw new InvalidConfigError(pathOf(path), right.error);
  const left = indexListItems(list, itemNode, live);
  // A live list that cannot be keyed (duplicates written before the type was granular) is replaced whole.
  if ('error' in left) return config;
  return orderMergedItems(left.order, right.order).map((element) => {
    if (!right.byElement.has(element)) return left.byElement.get(element);
    return mergeValues(left.byElement.get(element), right.byElement.get(element), itemNode, { up: path, element });
  });
}

// The item order structured-merge-diff produces: live order, except that items shared with the
// configuration appear in the configuration's order, and new items follow the configuration item before them.
function orderMergedItems(lhs: string[], rhs: string[]): string[] {
  const inLhs = new Set(lhs);
  const inRhs = new Set(rhs);
  const shared = rhs.filter((element) => inLhs.has(element));
  let nextShared = 0;
  const out: string[] = [];
  const emitted = new Set<string>();
  let l = 0;
  let r = 0;
  while (l < lhs.length || r < rhs.length) {
    const lhsElement = lhs[l];
    const rhsElement = rhs[r];
    if (lhsElement !== undefined && rhsElement !== undefined) {
      if (lhsElement === rhsElement) {
        out.push(lhsElement);
        emitted.add(lhsElement);
        l++;
        r++;
        nextShared++;
        continue;
      }
      if (inRhs.has(lhsElement) && nextShared < shared.length && shared[nextShared] !== lhsElement) {
        l++;
        continue;
      }
    }
    if (lhsElement !== undefined) {
      if (!inRhs.has(lhsElement)) {
        out.push(lhsElement);
        l++;
        continue;
      }
      if (emitted.has(lhsElement)) {
        l++;
        continue;
      }
    }
    if (rhsElement === undefined) break; // unreachable: a shared live item is emitted before the configuration ends
    out.push(rhsElement);
    emitted.add(rhsElement);
    r++;
    if (shared[nextShared] === rhsElement) nextShared++;
  }
  return out;
}
