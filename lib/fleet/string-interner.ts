/**
 * Shares equal strings between normalized objects. JSON.parse allocates every string value anew,
 * so each normalized object otherwise owns its copies of values that repeat across the fleet
 * (kinds, API groups, condition types/reasons, timestamps written in one reconcile, owner names
 * and uids). Objects are walked in place: nothing is rebuilt, shapes do not change.
 */
export class StringInterner {
  private table = new Map<string, string>();

  /** Past this many entries the table starts over: the strings of deleted objects go with it. */
  constructor(private readonly maxEntries = 1_000_000) {}

  intern(value: string): string {
    const found = this.table.get(value);
    if (found !== undefined) return found;
    if (this.table.size >= this.maxEntries) this.table = new Map();
    this.table.set(value, value);
    return value;
  }

  /** Replaces every string reachable from `value` (plain objects and arrays) by its shared copy. */
  internDeep(value: object): void {
    if (Array.isArray(value)) {
      const items = value as unknown[];
      for (let i = 0; i < items.length; i += 1) {
        const item = items[i];
        if (typeof item === 'string') items[i] = this.intern(item);
        else if (typeof item === 'object' && item !== null) this.internDeep(item);
      }
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') record[key] = this.intern(item);
      else if (typeof item === 'object' && item !== null) this.internDeep(item);
    }
  }

  size(): number {
    return this.table.size;
  }
}
