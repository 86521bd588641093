import { z } from 'zod';
import { type ObjectEvent } from './triage-types';

const eventSchema = z.object({
  type: z.string().optional().catch(undefined),
  reason: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  count: z.number().optional().catch(undefined),
  lastTimestamp: z.string().nullish().catch(undefined),
  eventTime: z.string().nullish().catch(undefined),
  firstTimestamp: z.string().nullish().catch(undefined),
  source: z.object({ component: z.string().optional() }).optional().catch(undefined),
  reportingComponent: z.string().optional().catch(undefined),
  involvedObject: z.object({ kind: z.string().optional(), name: z.string().optional(), namespace: z.string().optional(), uid: z.string().optional() }).catch({}),
});

export interface EventTarget {
  id: string;
  kind: string;
  namespace: string;
  name: string;
  uid: string;
}

/**
 * Groups core Events by the object they are about (uid first; kind + namespace + name for events
 * recorded before the uid was known), newest first.
 */
export function matchEvents(options: { events: readonly unknown[]; targets: readonly EventTarget[] }): Map<string, ObjectEvent[]> {
  const byUid = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const target of options.targets) {
    if (target.uid) byUid.set(target.uid, target.id);
    byName.set(`${target.kind}/${target.namespace}/${target.name}`, target.id);
  }
  const result = new Map<string, ObjectEvent[]>();
  for (const raw of options.events) {
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) continue;
    const event = parsed.data;
    const involved = event.involvedObject;
    const id = (involved.uid ? byUid.get(involved.uid) : undefined) ?? byName.get(`${involved.kind ?? ''}/${involved.namespace ?? ''}/${involved.name ?? ''}`);
    if (!id) continue;
    const list = result.get(id) ?? [];
    list.push({
      type: event.type ?? 'Normal',
      reason: event.reason ?? '',
      message: event.message ?? '',
      count: event.count ?? 1,
      at: event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? null,
      source: event.reportingComponent || event.source?.component || '',
    });
    result.set(id, list);
  }
  for (const list of result.values()) list.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
  return result;
}
