// Immutable get/set/remove at a path inside the form's values. Paths are arrays (object keys and
// array indices); their dotted string (`workers.0.replicas`) is the key errors are filed under,
// the same shape lib/capi/variables' mapDryRunErrors produces.

export type FieldPath = readonly (string | number)[];

export function pathKey(path: FieldPath): string {
  return path.join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(root: unknown, path: FieldPath): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/** A copy of `root` with `value` at `path` (missing containers are created; `undefined` removes an object key). */
export function setAt(root: unknown, path: FieldPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const record = isRecord(root) ? { ...root } : {};
  const next = setAt(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

/** A copy of `root` without the array element at `path` + index. */
export function removeItemAt(root: unknown, options: { path: FieldPath; index: number }): unknown {
  const list = getAt(root, options.path);
  if (!Array.isArray(list)) return root;
  return setAt(root, options.path, list.filter((_, i) => i !== options.index));
}

/** Whether `key` is `prefix` itself or lies below it (`workers.0` covers `workers.0.replicas`). */
export function isAtOrBelow(key: string, prefix: string): boolean {
  return prefix === '' || key === prefix || key.startsWith(`${prefix}.`);
}
