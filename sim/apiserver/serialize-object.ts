// Stored objects never change (a write makes a new version with a new resourceVersion), so the JSON of
// an object as served in one apiVersion can be kept: a full list of 20,000 Machines is then a string
// join rather than a 60 MB JSON.stringify (plus conversions). The cache is keyed by uid, resourceVersion
// and apiVersion and bounded by size, oldest first, so it holds no objects and cannot grow without limit.
import type { KubeObject } from '../core/kube-object';

const MAX_CHARS = 384 * 1024 * 1024;
const cache = new Map<string, string>();
let cachedChars = 0;

/** JSON of `stored` as served in `apiVersion`; `serve` converts it when the cache misses. */
export function servedJson(stored: KubeObject, apiVersion: string, serve: () => KubeObject): string {
  const { uid, resourceVersion } = stored.metadata;
  if (!uid || !resourceVersion || !Object.isFrozen(stored)) return JSON.stringify(serve());
  const key = `${uid}/${resourceVersion}/${apiVersion}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const text = JSON.stringify(serve());
  cache.set(key, text);
  cachedChars += key.length + text.length;
  while (cachedChars > MAX_CHARS) {
    const oldest = cache.entries().next();
    if (oldest.done) break;
    const [oldKey, oldText] = oldest.value;
    cache.delete(oldKey);
    cachedChars -= oldKey.length + oldText.length;
  }
  return text;
}

/** A response body already serialized in parts (written without joining them). */
export class RawJson {
  constructor(readonly parts: string[]) {}
}

export function listBody(head: Record<string, unknown>, itemsJson: string[]): RawJson {
  const prefix = JSON.stringify(head).slice(0, -1);
  const parts = [`${prefix}${Object.keys(head).length > 0 ? ',' : ''}"items":[`];
  itemsJson.forEach((item, i) => parts.push(i === 0 ? item : `,${item}`));
  parts.push(']}');
  return new RawJson(parts);
}
