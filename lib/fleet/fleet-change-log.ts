export interface FleetChange {
  version: number;
  /** Summary ids (`managementCluster/namespace/name`) that changed or appeared. */
  changed: string[];
  removed: string[];
  at: number;
}

/** A bounded log of fleet changes so a reconnecting stream can resume instead of resyncing. */
export class FleetChangeLog {
  private readonly entries: FleetChange[] = [];

  constructor(private readonly capacity = 2_000) {}

  append(change: FleetChange): void {
    this.entries.push(change);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** Changes after `version`, or null when they are no longer all in the log (resync needed). */
  since(version: number): FleetChange[] | null {
    const first = this.entries[0];
    if (!first) return [];
    if (version < first.version - 1) return null;
    return this.entries.filter((entry) => entry.version > version);
  }
}
