import { type DurationSample } from '@/lib/capi/stuck/types';

/**
 * The provisioning durations stuck detection compares against: one sample per object and activity
 * (a Machine that turns Available again does not count twice), the newest `max` kept.
 */
export class DurationHistory {
  private readonly byKey = new Map<string, DurationSample>();
  private snapshot: readonly DurationSample[] | undefined;

  constructor(private readonly max = 5_000) {}

  /** Adds a sample unless its key is known; false when it was a duplicate. */
  add(key: string, sample: DurationSample): boolean {
    if (this.byKey.has(key)) return false;
    this.byKey.set(key, sample);
    this.evict();
    return true;
  }

  /** Older samples (from the database at start-up) go before what was observed since. */
  prepend(entries: readonly (readonly [string, DurationSample])[]): void {
    const newer = [...this.byKey];
    this.byKey.clear();
    for (const [key, sample] of entries) this.byKey.set(key, sample);
    for (const [key, sample] of newer) this.byKey.set(key, sample);
    this.evict();
  }

  samples(): readonly DurationSample[] {
    this.snapshot ??= [...this.byKey.values()];
    return this.snapshot;
  }

  private evict(): void {
    this.snapshot = undefined;
    for (const key of this.byKey.keys()) {
      if (this.byKey.size <= this.max) break;
      this.byKey.delete(key);
    }
  }
}
