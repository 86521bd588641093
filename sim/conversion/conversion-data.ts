// CAPI keeps what a v1beta1 object cannot represent in an annotation (util/conversion
// MarshalData): the hub (v1beta2) object without its metadata, as JSON.
import type { KubeObject } from '../core/kube-object';
import { isJsonObject, type Json } from './json-path';

export const CONVERSION_DATA_ANNOTATION = 'cluster.x-k8s.io/conversion-data';

export function marshalData(options: { hub: KubeObject; into: KubeObject }): void {
  const { metadata: _metadata, ...data } = options.hub;
  const annotations = { ...((options.into.metadata as Partial<KubeObject['metadata']> | undefined)?.annotations ?? {}) };
  annotations[CONVERSION_DATA_ANNOTATION] = JSON.stringify(data);
  options.into.metadata = { ...options.into.metadata, annotations };
}

/** Removes the annotation from `object` (in place) and returns the stored hub data, if any. */
export function takeData(object: KubeObject): Json | undefined {
  const annotations = (object.metadata as Partial<KubeObject['metadata']> | undefined)?.annotations;
  const raw = annotations?.[CONVERSION_DATA_ANNOTATION];
  if (!annotations || raw === undefined) return undefined;
  const rest = { ...annotations };
  delete rest[CONVERSION_DATA_ANNOTATION];
  const { annotations: _old, ...metadata } = object.metadata;
  object.metadata = Object.keys(rest).length === 0 ? metadata : { ...metadata, annotations: rest };
  try {
    const parsed: unknown = JSON.parse(raw);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
