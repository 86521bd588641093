// TODO(conversion agent): replace this identity stub with v1beta1 <-> v1beta2 conversion.
import type { KubeObject } from '../core/kube-object';

export function convertObject(object: KubeObject, toApiVersion: string): KubeObject {
  return object.apiVersion === toApiVersion ? object : { ...object, apiVersion: toApiVersion };
}
