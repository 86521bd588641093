// A bounded ring of the store's most recent changes, so a watch can resume from a resourceVersion
// that is still in the window and gets 410 Expired once it has fallen out (like etcd compaction).
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import type { WatchEventType } from '../core/object-store';

export interface StoredEvent {
  resourceVersion: number;
  grKey: string;
  type: Exclude<WatchEventType, 'BOOKMARK'>;
  object: KubeObject;
  /** the object before a MODIFIED change, for selector transitions */
  previous?: KubeObject;
}

export class EventHistory {
  private readonly ring: (StoredEvent | undefined)[];
  private start = 0;
  private count = 0;
  /** highest resourceVersion that has fallen out of the window */
  private compactedThrough = 0;

  constructor(private readonly capacity: number) {
    this.ring = new Array<StoredEvent | undefined>(capacity);
  }

  push(event: StoredEvent): void {
    if (this.count === this.capacity) {
      const dropped = this.ring[this.start];
      if (dropped) this.compactedThrough = dropped.resourceVersion;
      this.ring[this.start] = event;
      this.start = (this.start + 1) % this.capacity;
    } else {
      this.ring[(this.start + this.count) % this.capacity] = event;
      this.count++;
    }
  }

  /** Events after `resourceVersion` for one resource type; throws 410 Expired when some were compacted. */
  since(resourceVersion: number, grKey: string): StoredEvent[] {
    if (resourceVersion < this.compactedThrough) {
      throw ApiError.gone(`too old resource version: ${resourceVersion} (${this.compactedThrough + 1})`);
    }
    const out: StoredEvent[] = [];
    for (let i = 0; i < this.count; i++) {
      const event = this.ring[(this.start + i) % this.capacity];
      if (event && event.resourceVersion > resourceVersion && event.grKey === grKey) out.push(event);
    }
    return out;
  }

  oldestAvailable(): number {
    return this.compactedThrough;
  }
}
