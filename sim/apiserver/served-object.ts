// Version conversion at the HTTP boundary: the store always holds the storage version.
import { convertObject } from '../conversion/convert-object';
import type { KubeObject } from '../core/kube-object';
import { deepFreeze } from '../store/deep-freeze';
import { coreEventToEventsV1, eventsV1ToCoreEvent } from './convert-event';
import type { ResourceRequest } from './server-context';

type Conversion = Pick<ResourceRequest, 'type' | 'apiVersion' | 'storageApiVersion'>;

function isEventsV1(rr: Conversion): boolean {
  return rr.type.group === 'events.k8s.io' && rr.type.resource === 'events';
}

// Stored objects never change, so a conversion of one can be kept (frozen, so its JSON is cached too)
// until the stored version is replaced: repeated v1beta1 lists then cost no conversions.
const converted = new Map<string, WeakMap<KubeObject, KubeObject>>();

export function toServed(rr: Conversion, stored: KubeObject): KubeObject {
  if (stored.apiVersion === rr.apiVersion) return stored;
  if (!Object.isFrozen(stored)) return convertOut(rr, stored);
  let cache = converted.get(rr.apiVersion);
  if (!cache) {
    cache = new WeakMap();
    converted.set(rr.apiVersion, cache);
  }
  let served = cache.get(stored);
  if (!served) {
    served = deepFreeze(convertOut(rr, stored));
    cache.set(stored, served);
  }
  return served;
}

function convertOut(rr: Conversion, stored: KubeObject): KubeObject {
  return isEventsV1(rr) ? coreEventToEventsV1(stored) : convertObject(stored, rr.apiVersion);
}

export function toStorage(rr: Conversion, served: KubeObject): KubeObject {
  if (isEventsV1(rr)) return eventsV1ToCoreEvent(served);
  if (served.apiVersion === rr.storageApiVersion) return served;
  return convertObject(served, rr.storageApiVersion);
}
