import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { keyFields } from './key-fields';
import { matchEvents } from './read-events';
import { redactObject } from './redact-object';
import { toYaml } from './to-yaml';
import { type NodeDetail } from './triage-types';

interface RawLike {
  kind?: unknown;
  metadata?: { uid?: unknown };
}

/** Side-panel data for every object of one cluster, keyed by object id. */
export function buildNodeDetails(options: { objects: readonly NormalizedObject[]; raw: readonly unknown[]; events: readonly unknown[] }): Record<string, NodeDetail> {
  const rawByUid = new Map<string, unknown>();
  for (const raw of options.raw) {
    const item = raw as RawLike;
    if (typeof item.metadata?.uid === 'string') rawByUid.set(`${String(item.kind)}|${item.metadata.uid}`, raw);
  }
  const events = matchEvents({ events: options.events, targets: options.objects });
  const details: Record<string, NodeDetail> = {};
  for (const object of options.objects) {
    const raw = rawByUid.get(`${object.kind}|${object.uid}`);
    details[object.id] = {
      id: object.id,
      kind: object.kind,
      name: object.name,
      namespace: object.namespace,
      conditions: object.conditions,
      v1beta1Conditions: object.v1beta1Conditions,
      fields: keyFields(object),
      events: events.get(object.id) ?? [],
      yaml: raw === undefined ? '' : toYaml(redactObject(raw)),
    };
  }
  return details;
}
