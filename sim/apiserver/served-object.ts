// Version conversion at the HTTP boundary: the store always holds the storage version.
import { convertObject } from '../conversion/convert-object';
import type { KubeObject } from '../core/kube-object';
import { coreEventToEventsV1, eventsV1ToCoreEvent } from './convert-event';
import type { ResourceRequest } from './server-context';

type Conversion = Pick<ResourceRequest, 'type' | 'apiVersion' | 'storageApiVersion'>;

function isEventsV1(rr: Conversion): boolean {
  return rr.type.group === 'events.k8s.io' && rr.type.resource === 'events';
}

export function toServed(rr: Conversion, stored: KubeObject): KubeObject {
  if (stored.apiVersion === rr.apiVersion) return stored;
  return isEventsV1(rr) ? coreEventToEventsV1(stored) : convertObject(stored, rr.apiVersion);
}

export function toStorage(rr: Conversion, served: KubeObject): KubeObject {
  if (isEventsV1(rr)) return eventsV1ToCoreEvent(served);
  if (served.apiVersion === rr.storageApiVersion) return served;
  return convertObject(served, rr.storageApiVersion);
}
