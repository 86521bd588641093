// core/v1 Events as client-go's recorder writes them: one Event per (object, reason, message),
// whose count and lastTimestamp grow on repeats; Events expire after a TTL like the API server's.
import type { KubeObject } from '../../core/kube-object';
import type { ObjectStore } from '../../core/object-store';
import type { SimClock } from '../../clock/sim-clock';
import type { SimRandom } from '../../clock/create-random';
import type { EventInput } from './context';

const EVENTS = { group: '', resource: 'events' };
const EVENT_TTL_MS = 3_600_000;

export interface EventRecorder {
  record(obj: KubeObject, input: EventInput): void;
}

export function createEventRecorder(options: { store: ObjectStore; clock: SimClock; random: SimRandom; onError: (e: unknown) => void }): EventRecorder {
  const { store, clock, random } = options;
  const seen = new Map<string, string>();
  return {
    record(obj, input) {
      const namespace = obj.metadata.namespace ?? 'default';
      const dedupe = `${obj.metadata.uid}|${input.reason}|${input.message}`;
      const now = clock.now().toISOString().replace(/\.\d+Z$/, 'Z');
      try {
        const existingName = seen.get(dedupe);
        const existing = existingName ? store.get(EVENTS, namespace, existingName) : undefined;
        if (existing) {
          const count = typeof existing.count === 'number' ? existing.count : 1;
          store.update(EVENTS, { ...existing, count: count + 1, lastTimestamp: now });
          return;
        }
        const name = `${obj.metadata.name}.${random.hex(16)}`;
        store.create(EVENTS, {
          apiVersion: 'v1',
          kind: 'Event',
          metadata: { name, namespace, uid: '', resourceVersion: '', creationTimestamp: now },
          involvedObject: { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion },
          reason: input.reason,
          message: input.message,
          type: input.type,
          count: 1,
          firstTimestamp: now,
          lastTimestamp: now,
          source: { component: input.component },
          reportingComponent: input.component,
          reportingInstance: '',
        });
        seen.set(dedupe, name);
        clock.setTimer(EVENT_TTL_MS, () => {
          seen.delete(dedupe);
          try {
            store.delete(EVENTS, namespace, name);
          } catch {
            // already gone (namespace deleted or store reset)
          }
        });
      } catch (error) {
        options.onError(error);
      }
    },
  };
}
