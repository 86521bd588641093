// JSON value equality; shared subtrees (the same object on both sides) compare in O(1).
export function deepEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqualJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  let sizeA = 0;
  for (const key in recordA) {
    if (recordA[key] === undefined) continue;
    sizeA++;
    if (!deepEqualJson(recordA[key], recordB[key])) return false;
  }
  let sizeB = 0;
  for (const key in recordB) if (recordB[key] !== undefined) sizeB++;
  return sizeA === sizeB;
}
