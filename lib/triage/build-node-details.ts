import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { keyFields } from './key-fields';
import { matchEvents } from './read-events';
import { type NodeDetail } from './triage-types';

/**
 * Side-panel data (conditions, key fields, Events) of the given objects, keyed by object id. The
 * YAML is not part of it: the panel asks for one object's YAML when that section opens (get-object-yaml.ts).
 */
export function buildNodeDetails(options: { objects: readonly NormalizedObject[]; events: readonly unknown[] }): Record<string, NodeDetail> {
  const events = matchEvents({ events: options.events, targets: options.objects });
  const details: Record<string, NodeDetail> = {};
  for (const object of options.objects) {
    details[object.id] = {
      id: object.id,
      kind: object.kind,
      name: object.name,
      namespace: object.namespace,
      conditions: object.conditions,
      v1beta1Conditions: object.v1beta1Conditions,
      fields: keyFields(object),
      events: events.get(object.id) ?? [],
    };
  }
  return details;
}
