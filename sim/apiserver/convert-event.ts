// core/v1 Event <-> events.k8s.io/v1 Event: one storage, two served shapes (as kube-apiserver does).
import type { KubeObject } from '../core/kube-object';

type Json = Record<string, unknown>;

export function coreEventToEventsV1(core: KubeObject): KubeObject {
  const e = core as Json;
  const source = (e.source ?? {}) as Json;
  const series = e.series as Json | undefined;
  return dropUndefined({
    apiVersion: 'events.k8s.io/v1',
    kind: 'Event',
    metadata: core.metadata,
    eventTime: e.eventTime ?? null,
    series: series ? { count: series.count, lastObservedTime: series.lastObservedTime } : undefined,
    reportingController: e.reportingComponent || source.component || undefined,
    reportingInstance: e.reportingInstance || source.host || undefined,
    action: e.action,
    reason: e.reason,
    regarding: e.involvedObject,
    related: e.related,
    note: e.message,
    type: e.type,
    deprecatedSource: e.source,
    deprecatedFirstTimestamp: e.firstTimestamp,
    deprecatedLastTimestamp: e.lastTimestamp,
    deprecatedCount: e.count,
  }) as KubeObject;
}

export function eventsV1ToCoreEvent(v1: KubeObject): KubeObject {
  const e = v1 as Json;
  const series = e.series as Json | undefined;
  return dropUndefined({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: v1.metadata,
    involvedObject: e.regarding ?? {},
    reason: e.reason,
    message: e.note,
    source: e.deprecatedSource ?? (e.reportingController ? { component: e.reportingController, host: e.reportingInstance } : undefined),
    firstTimestamp: e.deprecatedFirstTimestamp,
    lastTimestamp: e.deprecatedLastTimestamp,
    count: e.deprecatedCount,
    type: e.type,
    eventTime: e.eventTime,
    series: series ? { count: series.count, lastObservedTime: series.lastObservedTime } : undefined,
    action: e.action,
    related: e.related,
    reportingComponent: e.reportingController ?? '',
    reportingInstance: e.reportingInstance ?? '',
  }) as KubeObject;
}

function dropUndefined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}
