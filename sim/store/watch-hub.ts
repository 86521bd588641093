// Delivers committed changes to watchers. Delivery is queued so a watcher that writes to the store
// from its callback sees its own change delivered after the current one (events stay in rv order).
import type { KubeObject } from '../core/kube-object';
import type { WatchEvent } from '../core/object-store';
import type { StoredEvent } from './event-history';

export interface Subscriber {
  namespace?: string;
  matches: (object: KubeObject) => boolean;
  onEvent: (event: WatchEvent) => void;
  /** only events with a higher resourceVersion are delivered (replayed ones were sent already) */
  after: number;
}

export class WatchHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly queue: StoredEvent[] = [];
  private draining = false;

  subscribe(grKey: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(grKey);
    if (!set) {
      set = new Set();
      this.subscribers.set(grKey, set);
    }
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
    };
  }

  publish(event: StoredEvent): void {
    if (!this.subscribers.get(event.grKey)?.size) return;
    this.queue.push(event);
    if (this.draining) return;
    this.draining = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.deliver(next);
    } finally {
      this.draining = false;
    }
  }

  private deliver(event: StoredEvent): void {
    for (const subscriber of [...(this.subscribers.get(event.grKey) ?? [])]) {
      const translated = translateForSubscriber(subscriber, event);
      if (!translated) continue;
      try {
        subscriber.onEvent(translated);
      } catch {
        // One misbehaving watcher must not stop delivery to the others.
      }
    }
  }
}

/** Applies the subscriber's filters; an object moving into/out of a selector becomes ADDED/DELETED as in kube-apiserver. */
export function translateForSubscriber(subscriber: Subscriber, event: StoredEvent): WatchEvent | undefined {
  if (event.resourceVersion <= subscriber.after) return undefined;
  const inScope = (o: KubeObject | undefined) =>
    o !== undefined && (subscriber.namespace === undefined || o.metadata.namespace === subscriber.namespace) && subscriber.matches(o);
  const now = inScope(event.object);
  if (event.type !== 'MODIFIED') return now ? { type: event.type, object: event.object } : undefined;
  const before = inScope(event.previous);
  if (now && before) return { type: 'MODIFIED', object: event.object };
  if (now) return { type: 'ADDED', object: event.object };
  if (before) return { type: 'DELETED', object: event.object };
  return undefined;
}
