// Stored objects are frozen and never change, so their JSON can be cached: a full list of 20,000
// Machines then costs a string join instead of a 60 MB JSON.stringify. Converted objects are new
// each time and are not cached (the WeakMap lets replaced versions be collected).
import type { KubeObject } from '../core/kube-object';

const cache = new WeakMap<KubeObject, string>();

export function serializeObject(object: KubeObject): string {
  if (!Object.isFrozen(object)) return JSON.stringify(object);
  let text = cache.get(object);
  if (text === undefined) {
    text = JSON.stringify(object);
    cache.set(object, text);
  }
  return text;
}

/** A response body already serialized in parts (written without joining them). */
export class RawJson {
  constructor(readonly parts: string[]) {}
}

export function listBody(head: Record<string, unknown>, items: KubeObject[]): RawJson {
  const prefix = JSON.stringify(head).slice(0, -1);
  const parts = [`${prefix}${Object.keys(head).length > 0 ? ',' : ''}"items":[`];
  items.forEach((item, i) => parts.push(i === 0 ? serializeObject(item) : `,${serializeObject(item)}`));
  parts.push(']}');
  return new RawJson(parts);
}
