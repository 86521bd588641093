/**
 * Shares equal sub-structures between normalized objects (hash-consing). A Machine, its
 * infrastructure machine and its bootstrap config carry the same labels; the machines of one
 * MachineSet carry the same owner reference; conditions written in one reconcile repeat; and
 * every object has a few empty arrays and objects. Sharing them cuts roughly a third of the fleet
 * index's heap. Shared values are frozen: readers never write into normalized objects, and a
 * frozen value makes an accidental write fail loudly instead of changing a sibling.
 *
 * The table is a window, not a registry: it starts over past `maxEntries`. Siblings arrive
 * together (lists are in creation order, owners first), so a window keeps most of the sharing
 * while the table itself stays small; values already shared stay shared.
 */
export class StructureSharer {
  private table = new Map<string, object>();

  constructor(private readonly maxEntries = 20_000) {}

  /** Replaces each object-valued property of `target` by an equal shared value (in place). */
  shareFields(target: object): void {
    const record = target as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (typeof value === 'object' && value !== null) record[key] = this.share(value);
    }
  }

  /** The shared copy of `value` (deep-frozen); arrays of objects share their items on a miss. */
  share<T extends object>(value: T): T {
    const key = JSON.stringify(value);
    const found = this.table.get(key);
    if (found !== undefined) return found as T;
    if (Array.isArray(value)) {
      const items = value as unknown[];
      for (let i = 0; i < items.length; i += 1) {
        const item = items[i];
        if (typeof item === 'object' && item !== null) items[i] = this.share(item);
      }
    } else {
      this.shareFields(value);
    }
    if (this.table.size >= this.maxEntries) this.table = new Map();
    this.table.set(key, Object.freeze(value));
    return value;
  }

  size(): number {
    return this.table.size;
  }
}
