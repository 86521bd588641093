import type { CacheEvent } from './cache-event';
import type { K8sObject } from './kube-object';

/**
 * What changed between two cache contents (keyed namespace/name). An object recreated under the
 * same name (new uid) is a delete followed by an add, as a watch would have reported it.
 */
export function diffObjects(options: { previous: ReadonlyMap<string, K8sObject>; next: ReadonlyMap<string, K8sObject> }): CacheEvent[] {
  const events: CacheEvent[] = [];
  for (const [key, previous] of options.previous) {
    const next = options.next.get(key);
    if (!next || next.metadata.uid !== previous.metadata.uid) events.push({ type: 'deleted', object: previous });
  }
  for (const [key, next] of options.next) {
    const previous = options.previous.get(key);
    if (!previous || previous.metadata.uid !== next.metadata.uid) events.push({ type: 'added', object: next });
    else if (previous.metadata.resourceVersion !== next.metadata.resourceVersion) events.push({ type: 'updated', object: next, previous });
  }
  return events;
}
